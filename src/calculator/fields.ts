/**
 * Form controls of a calculator: putting a value in as given, and flagging a bad one so every
 * reader finds out (visible message, `aria-invalid`, message linked by `aria-describedby`).
 *
 * Public API
 * - `setControlValue(control, text)` — inputs get the text as is; a select with no option for
 *   the text gets a temporary option showing it (marked `data-unlisted`), so an unknown value
 *   from the address is visible and flagged instead of silently replaced. The option goes away
 *   as soon as the reader picks a real one.
 * - `setFieldError(control, message)` — shows `message` in the element `#<control id>-error`
 *   (created after the control when missing), sets `aria-invalid="true"` and adds the message
 *   id to `aria-describedby`; `setFieldError(control, null)` undoes all three.
 * - `FormControl` — the controls calculators use.
 */

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function setControlValue(control: FormControl, text: string): void {
  if (!(control instanceof HTMLSelectElement)) {
    control.value = text;
    return;
  }
  for (const stale of control.querySelectorAll('option[data-unlisted]')) stale.remove();
  const listed = [...control.options].some((option) => option.value === text);
  if (!listed) {
    const option = document.createElement('option');
    option.value = text;
    option.textContent = text === '' ? '(empty)' : text;
    option.dataset['unlisted'] = '';
    control.append(option);
    control.addEventListener(
      'change',
      () => {
        if (control.selectedOptions[0]?.dataset['unlisted'] === undefined) option.remove();
      },
      { once: true },
    );
  }
  control.value = text;
}

function errorElement(control: FormControl, create: boolean): HTMLElement | null {
  const id = `${control.id}-error`;
  let element = document.getElementById(id);
  if (!element && create) {
    element = document.createElement('p');
    element.id = id;
    element.className = 'pp-field__error';
    control.after(element);
  }
  return element;
}

export function setFieldError(control: FormControl, message: string | null): void {
  const element = errorElement(control, message !== null);
  const describedBy = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (message === null) {
    control.removeAttribute('aria-invalid');
    if (element) {
      element.textContent = '';
      element.hidden = true;
      describedBy.delete(element.id);
    }
  } else if (element) {
    control.setAttribute('aria-invalid', 'true');
    element.textContent = message;
    element.hidden = false;
    describedBy.add(element.id);
  }
  if (describedBy.size > 0) control.setAttribute('aria-describedby', [...describedBy].join(' '));
  else control.removeAttribute('aria-describedby');
}
