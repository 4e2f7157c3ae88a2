/**
 * German texts of the "new message" notification (SEC-5): they say that something is new and where to read
 * it, never what. Hooked into the catalog as `newMessageMail`; the English file must have the same shape.
 */
export const messageMailDe = {
  applicantSubject: (edition: string) => `Neue Nachricht zu Ihrer Bewerbung für ${edition}`,
  applicantBody: (p: { edition: string; number: string; link: string }) =>
    `Guten Tag,\n\ndas Büro hat Ihnen eine neue Nachricht zu Ihrer Bewerbung für ${p.edition} (Bewerbungsnummer ${p.number}) geschickt.\n\nAus Datenschutzgründen steht der Inhalt nicht in dieser E-Mail. Sie lesen die Nachricht, nachdem Sie sich angemeldet haben:\n${p.link}\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail, sondern schreiben Sie uns über den Link.`,
  staffSubject: (number: string) => `Neue Nachricht zur Bewerbung ${number}`,
  staffBody: (p: { edition: string; number: string; link: string }) =>
    `Guten Tag,\n\nzur Bewerbung ${p.number} (${p.edition}) ist eine neue Nachricht eingegangen.\n\nZur Bewerbung: ${p.link}\n\nDiese E-Mail wurde automatisch erstellt.`,
};
