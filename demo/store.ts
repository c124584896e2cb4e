// The demo's storage: IndexedDB in this browser, nothing on a server. (The library itself
// stores nothing; a real case system keeps responses in its own database.)
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
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

let db: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  db ??= new Promise((resolve, reject) => {
    const r = indexedDB.open('raadgivning-demo', 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore('residents', { keyPath: 'id' });
      r.result.createObjectStore('responses', { keyPath: 'key', autoIncrement: true }).createIndex('residentId', 'residentId');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  return db;
}

async function store(name: 'residents' | 'responses', mode: IDBTransactionMode = 'readonly') {
  return (await open()).transaction(name, mode).objectStore(name);
}

export const residents = {
  all: async () => request((await store('residents')).getAll() as IDBRequest<Resident[]>),
  get: async (id: string) => request((await store('residents')).get(id) as IDBRequest<Resident | undefined>),
  put: async (resident: Resident) => request((await store('residents', 'readwrite')).put(resident)),
};

export const responses = {
  all: async () => request((await store('responses')).getAll() as IDBRequest<StoredResponse[]>),
  of: async (residentId: string) =>
    request((await store('responses')).index('residentId').getAll(residentId) as IDBRequest<StoredResponse[]>),
  add: async (envelope: ResponseEnvelope) =>
    request((await store('responses', 'readwrite')).add({ residentId: envelope.residentId, envelope })),
};

/** Empties the demo's database (residents and responses). */
export async function clearAll() {
  const d = await open();
  const tx = d.transaction(['residents', 'responses'], 'readwrite');
  tx.objectStore('residents').clear();
  tx.objectStore('responses').clear();
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}
