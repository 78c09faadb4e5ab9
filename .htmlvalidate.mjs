// html-validate for every built page (tests/dist/built-output.test.ts). Rules turned off or relaxed
// are matters of style or of markup Starlight emits on purpose; each says why. Expressive Code's
// code blocks (<div> lines inside <code>, an icon-only copy button named by a tooltip) are taken out
// before validation in tests/dist/checks.ts: that markup is the library's, not ours.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta/>; both spellings are valid HTML, this rule only picks one.
    'void-style': 'off',
    // Starlight's header buttons (search, menu) sit outside any form, where a missing type cannot submit anything.
    'no-implicit-button-type': 'off',
    // Starlight's table of contents links to id="_top"; HTML5 allows any id without spaces.
    'valid-id': ['error', { relaxed: true }],
    // Asides are <aside aria-label="Note">: several notes on one page share a name by design.
    'unique-landmark': 'off',
    // A group of checkboxes (search filters, checklists) shares one name, which is how forms send several values.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Starlight adds role="list" to styled lists so Safari's VoiceOver still announces them as lists.
    'no-redundant-role': 'off',
    // Starlight's tabs use role="presentation"; it and role="none" mean the same.
    'presentation-role-style': 'off',
    // Starlight and Expressive Code set style attributes (code block themes, kbd toggles); the CSP allows inline styles, never inline scripts.
    'no-inline-style': 'off',
    // Every asset is served from the site's own origin, so subresource integrity adds nothing.
    'require-sri': 'off',
    // Calculators recompute as the reader types and never submit. The clawback calculator's <form> exists only to
    // scope its "commission" field apart from the commission model's "commission" result, so it has no submit button.
    'wcag/h32': 'off',
    // Whitespace at line ends comes from the compiler joining template lines; it changes nothing a reader sees.
    'no-trailing-whitespace': 'off',
  },
};
