/** Festplatz's own few styles on top of KERN (header bar, skip link, card list); served as /assets/festplatz.css. */
export const FESTPLATZ_CSS = `
.festplatz-skip-link { position: absolute; left: -10000px; top: 0; padding: .75rem 1rem; background: #fff; z-index: 100; }
.festplatz-skip-link:focus { left: 1rem; top: 1rem; outline: 3px solid currentColor; }
.festplatz-header { border-bottom: 1px solid #d0d5dd; margin-bottom: 2rem; }
.festplatz-header__bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1rem; padding-block: 1rem; }
.festplatz-header__brand { display: flex; flex-direction: column; text-decoration: none; color: inherit; }
.festplatz-header__nav { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
.festplatz-inline-form { display: inline; margin: 0; }
.festplatz-main { padding-bottom: 3rem; }
.festplatz-main:focus { outline: none; }
.festplatz-editions { list-style: none; padding: 0; display: grid; gap: 1.5rem; }
.festplatz-form { display: grid; gap: 1.5rem; max-width: 36rem; }
.festplatz-session { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
.festplatz-session__status { margin: 0; }
/* KERN buttons set display, which would beat the hidden attribute. */
.festplatz-session [hidden] { display: none; }
.festplatz-footer { border-top: 1px solid #d0d5dd; padding-block: 1.5rem; }
.festplatz-receipt__facts dd { margin: 0 0 .75rem; overflow-wrap: anywhere; }
/* The receipt is printed as evidence (DATE-1): only the receipt itself goes on paper. */
@media print { .festplatz-header, .festplatz-session, .festplatz-footer, .festplatz-skip-link, .festplatz-receipt__actions { display: none !important; } }
`;
