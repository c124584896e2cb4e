// The tests need a real Chromium. Test tools cannot download their own browser on these
// machines, so we use Debian's package and install it when it is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = candidates.find((p) => p && existsSync(p));
if (found) {
  console.log(`Chromium: ${found}`);
} else {
  console.log('Chromium not found: installing Debian\'s chromium package…');
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
  if (!existsSync('/usr/bin/chromium')) {
    console.error('Could not install Chromium. Install it (apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
}
