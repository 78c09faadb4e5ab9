/**
 * `pp-program-settings`: the editor on /tools/settings/. It shows the settings saved in this
 * browser, and saves, exports, imports and resets them. Every path that changes settings goes
 * through `parseSettings` (src/calculator/settings-file.ts), so a bad form or a bad file changes nothing.
 */
import { parseNumberInput, percentLimit, type Limit } from '../../calculator/limits';
import { MAX_SETTINGS_FILE_BYTES, rateLimits, type Settings } from '../../calculator/settings';
import type { parseSettings as ParseSettings } from '../../calculator/settings-file';
import { earnedTiers, type TierInfo } from '../../lib/tiers';
import {
  clearSettings,
  hasSavedSettings,
  loadSettings,
  readDefaults,
  saveSettings,
  settingsFile,
} from '../../calculator/settings-store';
import { setFieldError, type FormControl } from '../../calculator/fields';
import { deferRowsEditor, rowField, type Rows } from '../../calculator/rows';

type ReadResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

// The form leaves the upper bound to parseSettings: "from 0 to 1,000,000,000,000" helps nobody.
const MONEY: Limit = { min: 0 };
const EXPORT_FILE_NAME = 'partner-playbook-settings.json';

export class ProgramSettingsElement extends HTMLElement {
  #connected = false;
  /** The program defaults from the server render: what "Reset" restores and what a partial file keeps. */
  #defaults!: Settings;
  /** Our program's tiers: the tier-keyed fields, and what a file's tier keys must be. */
  #tiers: readonly TierInfo[] = [];
  #brackets: Rows | undefined;

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    const program = readDefaults(this);
    this.#defaults = program.settings;
    this.#tiers = program.tiers;
    // The bracket editor loads when the brackets first change (see src/calculator/rows.ts).
    this.#brackets ??= deferRowsEditor(
      this,
      () =>
        import('../../calculator/bracket-rows').then(({ bracketRowsEditor }) => bracketRowsEditor(this, 'pps-bracket')),
      () =>
        this.#reject(
          ['The bracket editor could not load: reload the page to try again.'],
          'The brackets did not change.',
        ),
    );
    void loadSettings(program).then(({ settings, problem }) => this.#start(settings, problem));
  }

  /** Shows the settings in force and turns the buttons on (the server render leaves them off). */
  #start(settings: Settings, problem: string | undefined): void {
    if (!this.#connected) return;
    this.#fill(settings);
    const saved = hasSavedSettings();
    this.#note(
      problem ??
        (saved
          ? 'This form shows the settings saved in this browser.'
          : 'Nothing is saved in this browser yet, so this form shows the defaults.'),
    );
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
      '[data-action], input[type="file"]',
    )) {
      control.disabled = false;
    }
    this.addEventListener('click', this.#onClick);
    this.#fileInput().addEventListener('change', this.#onFile);
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    this.#connected = false;
  }

  #onClick = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !this.contains(button)) return;
    if (button.dataset['action'] === 'save') void this.#busyWhile(this.#save());
    else if (button.dataset['action'] === 'export') void this.#busyWhile(this.#export());
    else if (button.dataset['action'] === 'reset') this.#reset();
  };

  #onFile = (): void => void this.#busyWhile(this.#import());

  /** Marks the form busy (`aria-busy`) until an action that may load the settings file's parser ends. */
  async #busyWhile(action: Promise<void>): Promise<void> {
    this.setAttribute('aria-busy', 'true');
    try {
      await action;
    } finally {
      this.removeAttribute('aria-busy');
    }
  }

  // ---- Form ↔ settings

  #field(name: string): FormControl {
    const control = this.querySelector<FormControl>(`[name="${CSS.escape(name)}"]`);
    if (!control) throw new Error(`pp-program-settings: no field ${name}`);
    return control;
  }

  #fill(settings: Settings): void {
    const text = (value: number | null) => (value === null ? '' : String(value));
    this.#field('currency').value = settings.currency;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="tierPreset"]')) {
      radio.checked = radio.value === settings.tierPreset;
    }
    for (const { id } of earnedTiers(this.#tiers)) {
      for (const metric of ['revenue', 'referrals', 'certified'] as const) {
        this.#field(`custom.${id}.${metric}`).value = text(settings.customTiers[id]?.[metric] ?? null);
      }
    }
    for (const { id } of this.#tiers) {
      this.#field(`base.${id}`).value = text(settings.baseAllocations[id] ?? null);
      this.#field(`margin.${id}`).value = text(settings.resellerMargins[id] ?? null);
    }
    for (const key of Object.keys(rateLimits) as (keyof Settings['rates'])[]) {
      this.#field(`rate.${key}`).value = text(settings.rates[key]);
    }
    for (const control of this.querySelectorAll<FormControl>('[aria-invalid]')) setFieldError(control, null);
    this.#showErrors([]);
    // The rendered brackets (the defaults) need no editor: it loads only for other brackets.
    const brackets = settings.commissionBrackets;
    const rows = this.#brackets?.rows() ?? [];
    const shown =
      brackets.length === rows.length &&
      brackets.every(
        ({ upTo, rate }, index) =>
          (rowField(rows[index]!, 'upTo')?.value ?? '') === text(upTo) &&
          rowField(rows[index]!, 'rate')?.value === text(rate),
      );
    if (!shown) void this.#brackets?.set(brackets);
  }

  /**
   * The settings file's parser and writer, loaded on the reader's first save, export or import
   * (a browser with saved settings has it already); undefined, with the reason shown, if it
   * cannot load.
   */
  async #settingsFile(nothingDone: string): Promise<Awaited<ReturnType<typeof settingsFile>> | undefined> {
    try {
      return await settingsFile();
    } catch {
      this.#reject(['The page could not load its settings checker: reload the page to try again.'], nothingDone);
      return undefined;
    }
  }

  /** Reads and validates the whole form; flags each bad field and returns every problem. */
  #read(parseSettings: typeof ParseSettings): ReadResult {
    let badFields = 0;
    const number = (control: FormControl, rule: Limit): number | null => {
      const result = parseNumberInput(control.value, rule);
      setFieldError(control, result.ok ? null : result.message);
      if (!result.ok) badFields += 1;
      return result.ok ? result.value : null;
    };
    const named = (name: string, rule: Limit) => number(this.#field(name), rule);

    const customTiers = Object.fromEntries(
      earnedTiers(this.#tiers).map(({ id }) => [
        id,
        {
          revenue: named(`custom.${id}.revenue`, { ...MONEY, required: false }),
          referrals: named(`custom.${id}.referrals`, { min: 0, integer: true, required: false }),
          certified: named(`custom.${id}.certified`, { min: 0, integer: true, required: false }),
        },
      ]),
    );
    const perTier = (prefix: string, rule: Limit) =>
      Object.fromEntries(this.#tiers.map(({ id }) => [id, named(`${prefix}.${id}`, rule)]));
    const rates = Object.fromEntries(
      (Object.keys(rateLimits) as (keyof Settings['rates'])[]).map((key) => [
        key,
        named(`rate.${key}`, rateLimits[key]),
      ]),
    );
    const commissionBrackets = (this.#brackets?.rows() ?? []).map((row) => {
      const upTo = rowField(row, 'upTo');
      return { upTo: upTo && number(upTo, { min: 1 }), rate: number(rowField(row, 'rate')!, percentLimit) };
    });
    const preset = this.querySelector<HTMLInputElement>('input[name="tierPreset"]:checked')?.value;

    if (badFields > 0) {
      return {
        ok: false,
        errors: [
          `${badFields} field${badFields > 1 ? 's need' : ' needs'} a valid number: see the highlighted fields.`,
        ],
      };
    }
    return parseSettings(
      {
        currency: this.#field('currency').value,
        tierPreset: preset,
        customTiers,
        baseAllocations: perTier('base', MONEY),
        rates,
        resellerMargins: perTier('margin', percentLimit),
        commissionBrackets,
      },
      this.#defaults,
      this.#tiers,
    );
  }

  // ---- Actions

  async #save(): Promise<void> {
    const file = await this.#settingsFile('Nothing was saved.');
    if (!file) return;
    const result = this.#read(file.parseSettings);
    if (!result.ok) return this.#reject(result.errors, 'Nothing was saved.');
    const stored = saveSettings(file.settingsToJson(result.settings));
    if (!stored.ok) return this.#reject([stored.message], 'Nothing was saved.');
    this.#showErrors([]);
    this.#status('Settings saved. Every calculator on this site now uses them in this browser.');
  }

  async #export(): Promise<void> {
    const file = await this.#settingsFile('Nothing was exported.');
    if (!file) return;
    const result = this.#read(file.parseSettings);
    if (!result.ok) return this.#reject(result.errors, 'Nothing was exported.');
    this.#showErrors([]);
    try {
      // The download helper loads only when a reader exports.
      const { downloadText } = await import('../../calculator/download');
      downloadText(file.settingsToJson(result.settings), EXPORT_FILE_NAME, 'application/json');
    } catch {
      return this.#reject(
        ['The page could not load its download helper: reload the page to try again.'],
        'Nothing was exported.',
      );
    }
    this.#status(`Exported the settings in this form as ${EXPORT_FILE_NAME}.`);
  }

  async #import(): Promise<void> {
    const input = this.#fileInput();
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      return this.#reject(
        [`“${file.name}” is larger than ${MAX_SETTINGS_FILE_BYTES / 1000} KB; a settings file is far smaller.`],
        'Nothing was changed.',
      );
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.#reject([`“${file.name}” could not be read.`], 'Nothing was changed.');
    }
    const settings = await this.#settingsFile('Nothing was changed.');
    if (!settings) return;
    const parsed = settings.parseSettingsJson(text, this.#defaults, this.#tiers);
    if (!parsed.ok) return this.#reject(parsed.errors, `“${file.name}” was not imported. Nothing was changed.`);
    const stored = saveSettings(settings.settingsToJson(parsed.settings));
    this.#fill(parsed.settings);
    if (!stored.ok)
      return this.#reject([stored.message], 'The form shows the imported settings, but they are not saved.');
    this.#status(`Imported and saved the settings from “${file.name}”.`);
  }

  #reset(): void {
    const cleared = clearSettings();
    this.#fill(this.#defaults);
    if (!cleared.ok) return this.#reject([cleared.message], 'The form shows the defaults.');
    this.#status('Settings reset to the defaults. Nothing is saved in this browser now.');
  }

  // ---- Messages

  #fileInput(): HTMLInputElement {
    const input = this.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('pp-program-settings: no file input');
    return input;
  }

  #note(text: string): void {
    const note = this.querySelector<HTMLElement>('[data-load-note]');
    if (note) note.textContent = text;
  }

  #status(text: string): void {
    const status = this.querySelector<HTMLElement>('[data-summary]');
    if (status) status.textContent = text;
  }

  #showErrors(errors: readonly string[], lead = ''): void {
    const box = this.querySelector<HTMLElement>('[data-errors]');
    if (!box) return;
    if (errors.length === 0) {
      box.replaceChildren();
      return;
    }
    const heading = document.createElement('p');
    heading.textContent = lead;
    const list = document.createElement('ul');
    for (const error of errors) {
      const item = document.createElement('li');
      item.textContent = error;
      list.append(item);
    }
    box.replaceChildren(heading, list);
  }

  /** The alert region announces the problem; the status line is emptied so it cannot contradict it. */
  #reject(errors: readonly string[], lead: string): void {
    this.#showErrors(errors, lead);
    this.#status('');
  }
}

if (!customElements.get('pp-program-settings')) customElements.define('pp-program-settings', ProgramSettingsElement);
