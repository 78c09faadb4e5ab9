/**
 * The reader's program settings in this browser (localStorage, key `SETTINGS_KEY`). Storage
 * can be missing (private windows, blocked cookies) or hold text another version wrote, so every
 * read falls back to the defaults and says why, and every write reports whether it stuck.
 *
 * Public API
 * - `loadSettings(defaults)` → (a promise of) `{ settings, problem? }`: saved settings, or
 *   `defaults` plus a sentence explaining why the saved ones could not be used.
 * - `readDefaults(element)` — the program defaults the server render put in `data-defaults`
 *   (src/program/defaults.ts), so no browser module carries its own copy.
 * - `hasSavedSettings()`.
 * - `saveSettings(json)` → `{ ok: true } | { ok: false, message }`, for the text `settingsToJson` gives.
 * - `clearSettings()` → same result type; afterwards `loadSettings()` gives the defaults.
 * - `onSettingsChange(defaults, callback)` — called with fresh settings when another tab saves; returns
 *   a function that stops listening.
 * - `settingsFile()` — loads the settings file's parser and writer.
 * - `SETTINGS_KEY`.
 */
import type { ProgramDefaults, Settings } from './settings';

export const SETTINGS_KEY = 'partner-playbook:settings:v1';

export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The settings file's parser and writer (src/calculator/settings-file.ts), loaded only when
 * needed: by a calculator only in a browser with saved settings, by the settings page on the
 * reader's first save, export or import.
 */
export const settingsFile = () => import('./settings-file');

export async function loadSettings(defaults: ProgramDefaults): Promise<{ settings: Settings; problem?: string }> {
  const defaultSettings = defaults.settings;
  let text: string | null;
  try {
    text = storage()?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    return {
      settings: defaultSettings,
      problem: 'This browser does not let the site read saved settings, so the defaults apply.',
    };
  }
  if (text === null) return { settings: defaultSettings };
  const { parseSettingsJson } = await settingsFile();
  const parsed = parseSettingsJson(text, defaultSettings, defaults.tiers);
  if (parsed.ok) return { settings: parsed.settings };
  return {
    settings: defaultSettings,
    problem:
      `The settings saved in this browser could not be used, so the defaults apply. ${parsed.errors[0] ?? ''}`.trim(),
  };
}

/** Saves the text of a settings file (`settingsToJson` in src/calculator/settings-file.ts). */
export function saveSettings(json: string): StoreResult {
  const store = storage();
  try {
    if (!store) throw new Error('unavailable');
    store.setItem(SETTINGS_KEY, json);
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: 'This browser would not store the settings (storage is blocked or full). Export them as a file instead.',
    };
  }
}

export function clearSettings(): StoreResult {
  try {
    storage()?.removeItem(SETTINGS_KEY);
    return { ok: true };
  } catch {
    return { ok: false, message: 'This browser would not clear the saved settings.' };
  }
}

/** True when this browser holds saved settings (readable or not). */
export function hasSavedSettings(): boolean {
  try {
    return storage()?.getItem(SETTINGS_KEY) != null;
  } catch {
    return false;
  }
}

export function onSettingsChange(defaults: ProgramDefaults, callback: (settings: Settings) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === SETTINGS_KEY || event.key === null)
      void loadSettings(defaults).then(({ settings }) => callback(settings));
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

export function readDefaults(element: HTMLElement): ProgramDefaults {
  const text = element.dataset['defaults'];
  if (!text)
    throw new Error(`${element.localName}: no data-defaults (pass defaultsAttribute from src/program/defaults.ts)`);
  return JSON.parse(text) as ProgramDefaults;
}
