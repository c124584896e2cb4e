// The demo's storage: IndexedDB in this browser, nothing on a server. (The library itself
// stores nothing; a real case system keeps responses in its own database.) Where IndexedDB
// cannot be opened (a private window, a locked-down browser), records are kept in memory for
// this page only: the forms and export still work, and the page says so (`persistent`).
import type { ResponseEnvelope } from '../src/schema-form/events.js';

export interface Resident {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface StoredResponse {
  readonly key?: number;
  readonly residentId: string;
  readonly envelope: ResponseEnvelope;
  /** Sample data for the report (demo only): removable on its own, never mixed into a resident's records. */
  readonly sample?: true;
}

type Name = 'residents' | 'responses';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

let db: Promise<IDBDatabase | undefined> | undefined;
/** In-memory stand-in while IndexedDB is unavailable. */
const memory = { residents: new Map<string, Resident>(), responses: new Map<number, StoredResponse>(), next: 1 };

/** False once IndexedDB turned out to be unavailable: records last only as long as this page. */
export let persistent = true;

function open(): Promise<IDBDatabase | undefined> {
  db ??= new Promise<IDBDatabase | undefined>((resolve) => {
    const unavailable = () => {
      persistent = false;
      resolve(undefined);
    };
    try {
      const r = indexedDB.open('raadgivning-demo', 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore('residents', { keyPath: 'id' });
        r.result.createObjectStore('responses', { keyPath: 'key', autoIncrement: true }).createIndex('residentId', 'residentId');
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = unavailable;
      r.onblocked = unavailable;
    } catch {
      unavailable();
    }
  });
  return db;
}

/** Runs `work` on the named stores in one transaction; resolves once it has committed. */
async function write(names: Name[], work: (stores: Record<Name, IDBObjectStore>) => void): Promise<void> {
  const d = await open();
  if (!d) return;
  const tx = d.transaction(names, 'readwrite');
  work(Object.fromEntries(names.map((n) => [n, tx.objectStore(n)])) as Record<Name, IDBObjectStore>);
  await done(tx);
}

async function read<T>(name: Name, get: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const d = await open();
  return d ? request(get(d.transaction(name).objectStore(name))) : undefined;
}

/** Starts opening the database, so `persistent` is known before the first page is drawn. */
export const ready = () => open().then(() => persistent);

export const residents = {
  all: async () => (await read('residents', (s) => s.getAll() as IDBRequest<Resident[]>)) ?? [...memory.residents.values()],
  get: async (id: string) => (persistent ? read('residents', (s) => s.get(id) as IDBRequest<Resident | undefined>) : memory.residents.get(id)),
  put: async (resident: Resident) => {
    if (!(await open())) memory.residents.set(resident.id, resident);
    else await write(['residents'], (s) => s.residents.put(resident));
  },
};

export const responses = {
  all: async () => (await read('responses', (s) => s.getAll() as IDBRequest<StoredResponse[]>)) ?? [...memory.responses.values()],
  of: async (residentId: string) => (await responses.all()).filter((r) => r.residentId === residentId && !r.sample),
  add: (envelope: ResponseEnvelope) => addAll([{ residentId: envelope.residentId, envelope }]),
  /** Rewrites a stored record in place (only to give it a responseId: a record's answers are never changed). */
  put: async (record: StoredResponse) => {
    if (!(await open())) memory.responses.set(record.key!, record);
    else await write(['responses'], (s) => s.responses.put(record));
  },
};

/** Adds records in one transaction: all of them, or (on an error) none. */
export async function addAll(records: readonly StoredResponse[]): Promise<void> {
  if (!(await open())) {
    for (const r of records) memory.responses.set(memory.next, { ...r, key: memory.next++ });
    return;
  }
  await write(['responses'], (s) => records.forEach((r) => s.responses.add(r)));
}

/** Adds residents and their records in one transaction (a restore): all or nothing. */
export async function restore(people: readonly Resident[], records: readonly StoredResponse[]): Promise<void> {
  if (!(await open())) {
    people.forEach((p) => memory.residents.set(p.id, p));
    return addAll(records);
  }
  await write(['residents', 'responses'], (s) => {
    people.forEach((p) => s.residents.put(p));
    records.forEach((r) => s.responses.add(r));
  });
}

/** Deletes one resident and every record about them (GDPR erasure). */
export async function eraseResident(id: string): Promise<void> {
  const keys = (await responses.all()).filter((r) => r.residentId === id && !r.sample).map((r) => r.key!);
  if (!(await open())) {
    memory.residents.delete(id);
    keys.forEach((k) => memory.responses.delete(k));
    return;
  }
  await write(['residents', 'responses'], (s) => {
    s.residents.delete(id);
    keys.forEach((k) => s.responses.delete(k));
  });
}

/** Deletes the sample data, and only that. */
export async function removeSample(): Promise<void> {
  const keys = (await responses.all()).filter((r) => r.sample).map((r) => r.key!);
  if (!(await open())) return void keys.forEach((k) => memory.responses.delete(k));
  await write(['responses'], (s) => keys.forEach((k) => s.responses.delete(k)));
}

/** Empties the demo's database (residents and responses). */
export async function clearAll(): Promise<void> {
  memory.residents.clear();
  memory.responses.clear();
  await write(['residents', 'responses'], (s) => {
    s.residents.clear();
    s.responses.clear();
  });
}
