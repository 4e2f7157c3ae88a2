import type { BundleMessageKey, DescribedMessage } from './catalog.ts';

/** German messages for bundle, edition and tenant issues, written for the clerk who configures them. */
export const bundleDe: Record<BundleMessageKey, DescribedMessage> = {
  // meta-schema keywords
  type: { message: '{place}: Hier wird {expected} erwartet.', hint: 'Korrigieren Sie den Wert.' },
  required: {
    message: '{place}: Die Pflichtangabe „{missingProperty}“ fehlt.',
    hint: 'Ergänzen Sie die Angabe. Die Konfigurationsanleitung beschreibt, was hier stehen muss.',
  },
  'required.rechtsbehelfsbelehrung': {
    message:
      '{place}: Die Rechtsbehelfsbelehrung fehlt. Ohne sie dürfen keine Bescheide verschickt werden (BES-2).',
    hint: 'Geben Sie das zuständige Verwaltungsgericht, seine Anschrift, die Klagefrist (in der Regel 1 Monat) und den Text der Belehrung an.',
  },
  'required.notices': {
    message: '{place}: Die Texte der Bescheide fehlen (Abschnitt „notices“).',
    hint: 'Ergänzen Sie Rechtsgrundlage, Zulassungs- und Ablehnungsbescheid und die Rechtsbehelfsbelehrung. Ältere Konfigurationen (Version 1) kannten diesen Abschnitt noch nicht.',
  },
  'required.privacy': {
    message: '{place}: Die Angaben zum Datenschutz fehlen (Abschnitt „privacy“).',
    hint: 'Ergänzen Sie die Datenschutzhinweise nach Art. 13 DSGVO, die freiwilligen Einwilligungen und die Aufbewahrungsfristen. Ältere Konfigurationen (Version 1) kannten diesen Abschnitt noch nicht.',
  },
  'required.selection': {
    message: '{place}: Das Auswahlverfahren fehlt (Abschnitt „selection“).',
    hint: 'Legen Sie fest, wie bei zu vielen Bewerbungen ausgewählt wird: nach Punkten, per Los oder nach Eingang. Ältere Konfigurationen (Version 1) kannten diesen Abschnitt noch nicht.',
  },
  additionalProperties: {
    message: '{place}: Die Angabe „{additionalProperty}“ ist hier nicht vorgesehen.',
    hint: 'Prüfen Sie die Schreibweise oder entfernen Sie die Angabe.',
  },
  const: { message: '{place}: Hier ist nur der Wert {allowedValue} zulässig.' },
  'const.default': {
    message: '{place}: Eine Einwilligung darf nicht vorausgewählt sein (DS-1).',
    hint: 'Lassen Sie „default“ weg oder setzen Sie es auf false.',
  },
  'const.schemaVersion': {
    message: '{place}: Diese Formatversion ({allowedValue} wird erwartet) ist unbekannt.',
    hint: 'Verwenden Sie schemaVersion {allowedValue}. Ältere Versionen werden beim Einlesen automatisch umgestellt.',
  },
  enum: { message: '{place}: Dieser Wert ist nicht zulässig.', hint: 'Zulässig sind: {allowedValues}.' },
  pattern: {
    message: '{place}: Der Wert hat nicht die vorgeschriebene Form.',
    hint: 'Kennungen bestehen aus Kleinbuchstaben, Ziffern, „_“ oder „-“ und beginnen mit einem Buchstaben; Feldnamen bestehen aus Buchstaben und Ziffern (z. B. frontage); Verweise auf Formularfelder beginnen mit „/“; Zeitpunkte lauten JJJJ-MM-TTThh:mm:ss, Daten JJJJ-MM-TT.',
  },
  format: { message: '{place}: Der Wert ist kein gültiges {format}.' },
  minimum: { message: '{place}: Der Wert muss mindestens {limit} sein.' },
  maximum: { message: '{place}: Der Wert darf höchstens {limit} sein.' },
  exclusiveMinimum: { message: '{place}: Der Wert muss größer als {limit} sein.' },
  minLength: { message: '{place}: Der Text darf nicht leer sein.' },
  maxLength: { message: '{place}: Der Text darf höchstens {limit} Zeichen lang sein.' },
  minItems: { message: '{place}: Es muss mindestens {limit} Eintrag geben.' },
  maxItems: { message: '{place}: Es darf höchstens {limit} Einträge geben.' },
  minProperties: { message: '{place}: Es muss mindestens {limit} Angabe geben.' },
  maxProperties: {
    message: '{place}: Es darf höchstens {limit} Angabe geben.',
    hint: 'Bei Kriterien aus der Teilnahmehistorie geben Sie entweder participatedWithinYears oder notParticipatedWithinYears an.',
  },
  uniqueItems: { message: '{place}: Ein Eintrag kommt doppelt vor (Nr. {j} und Nr. {i}, von 0 gezählt).' },
  oneOf: {
    message: '{place}: Diese Bedingung hat keine der zulässigen Formen.',
    hint: 'Zulässig sind { "always": true }, { "field": …, "equals": … }, { "field": …, "in": […] }, { "categories": […] }, { "all": […] }, { "any": […] } und { "not": … } – jeweils ohne weitere Angaben.',
  },
  anyOf: {
    message: '{place}: Die Angabe hat keine der zulässigen Formen.',
    hint: 'Ein Übergang ist entweder der Name des Zielzustands oder ein Objekt mit „target“.',
  },
  propertyNames: {
    message: '{place}: Der Name „{propertyName}“ ist nicht zulässig.',
    hint: 'Feldnamen bestehen aus Buchstaben und Ziffern und beginnen mit einem Kleinbuchstaben; Kategorie-Kennungen aus Kleinbuchstaben, Ziffern, „_“ und „-“; Ereignisnamen aus Großbuchstaben, z. B. SUBMIT.',
  },
  // form
  formSchemaInvalid: {
    message: '{place}: Das Formular ist kein gültiges JSON Schema: {reason}',
    hint: 'Korrigieren Sie das Formular-Schema. Verwenden Sie nur Schlüsselwörter, die in draft-07 und 2020-12 gleich gelten.',
  },
  fieldPointerUnresolved: {
    message:
      '{place}: Das benannte Feld „{field}“ verweist auf {pointer}; dieses Feld gibt es im Formular nicht.',
    hint: 'Lassen Sie den Verweis auf ein vorhandenes Formularfeld zeigen (über „properties“ oder bedingte Abschnitte „allOf … then“).',
  },
  fieldTypeMismatch: {
    message: '{place}: Das Feld „{field}“ ist als {declared} angegeben, im Formular ist es aber {actual}.',
    hint: 'Gleichen Sie die Typangabe an das Formular an (eine ganze Zahl genügt auch als „number“).',
  },
  fieldMustBeText: {
    message: '{place}: Das Feld „{field}“ muss ein Text sein (type „string“), nicht {declared}.',
    hint: 'Name, E-Mail-Adresse, Unternehmen und Kategorie werden als Text gelesen.',
  },
  categoryValuesMismatch: {
    message: '{place}: Die Auswahl im Kategoriefeld passt nicht zu den Kategorien der Veranstaltung.',
    hint: 'Nicht auswählbare Kategorien: {missing}. Auswahlwerte ohne Kategorie: {unknown}. Zur Auswahl stehen genau die untersten Kategorien des Baums.',
  },
  pageIdDuplicate: {
    message: '{place}: Die Seitenkennung „{id}“ ist mehrfach vergeben.',
    hint: 'Geben Sie jeder Seite eine eigene Kennung.',
  },
  pageFieldUnknown: {
    message: '{place}: „{field}“ ist kein Abschnitt des Formulars.',
    hint: 'Auf Seiten stehen die obersten Abschnitte des Formulars: {properties}.',
  },
  pageFieldRepeated: {
    message: '{place}: Der Abschnitt „{field}“ steht schon auf einer anderen Seite.',
    hint: 'Jeder Abschnitt erscheint auf genau einer Seite.',
  },
  pageFieldMissing: {
    message: '{place}: Diese Abschnitte des Formulars stehen auf keiner Seite: {missing}.',
    hint: 'Ordnen Sie jeden Abschnitt genau einer Seite zu, sonst sehen Bewerbende ihn nicht.',
  },
  // references
  fieldUnknown: {
    message: '{place}: Das Feld „{field}“ ist unter „form.fields“ nicht benannt.',
    hint: 'Benannte Felder: {fields}. Benennen Sie das Feld dort oder korrigieren Sie den Namen.',
  },
  fieldNotNumeric: {
    message: '{place}: Das Feld „{field}“ enthält keine Zahl (Typ {type}).',
    hint: 'Mengen und Formeln brauchen ein Zahlenfeld (type „number“ oder „integer“).',
  },
  categoryUnknown: {
    message: '{place}: Die Kategorie „{category}“ gibt es nicht.',
    hint: 'Verwenden Sie eine Kennung aus dem Kategorienbaum.',
  },
  conditionValueTypeMismatch: {
    message: '{place}: Der Vergleichswert {value} passt nicht zum Feld „{field}“ (Typ {type}).',
    hint: 'Bei Ja/Nein-Feldern vergleichen Sie mit true oder false, bei Zahlenfeldern mit einer Zahl, bei Textfeldern mit einem Text.',
  },
  // event, categories, documents
  festgesetztNotPossible: {
    message:
      '{place}: Eine Veranstaltung in einer öffentlichen Einrichtung ist nicht nach § 69 GewO festgesetzt.',
    hint: 'Setzen Sie „festgesetzt“ auf false oder wählen Sie die Art der festgesetzten Veranstaltung (Volksfest, Jahrmarkt, Spezialmarkt, Wochenmarkt).',
  },
  categoryIdDuplicate: {
    message: '{place}: Die Kategorie-Kennung „{id}“ ist mehrfach vergeben.',
    hint: 'Geben Sie jeder Kategorie eine eigene Kennung.',
  },
  categoryShareExceeded: {
    message: '{place}: Die Anteile dieser Kategorien ergeben zusammen {sum}, also mehr als 100 %.',
    hint: 'Anteile nebeneinanderstehender Kategorien dürfen zusammen höchstens 1 (100 %) ergeben.',
  },
  uniquenessGroupIdDuplicate: {
    message: '{place}: Die Kennung „{id}“ ist für mehrere Vielfaltsregeln vergeben.',
    hint: 'Geben Sie jeder Regel eine eigene Kennung.',
  },
  documentIdDuplicate: {
    message: '{place}: Die Nachweis-Kennung „{id}“ ist mehrfach vergeben.',
    hint: 'Geben Sie jedem Nachweis eine eigene Kennung.',
  },
  // selection
  selectionScaleMissing: {
    message: '{place}: Bei der Auswahl nach Punkten fehlt die Punkteskala.',
    hint: 'Geben Sie z. B. { "min": 0, "max": 5, "step": 1 } an.',
  },
  selectionCriteriaMissing: {
    message: '{place}: Bei der Auswahl nach Punkten fehlen die Kriterien.',
    hint: 'Geben Sie mindestens ein Bewertungskriterium an oder wählen Sie Losverfahren bzw. Eingangsreihenfolge.',
  },
  selectionNewcomersMissing: {
    message:
      '{place}: Die Regel für Neubewerber fehlt. Bei einer Auswahl nach Punkten müssen Neubewerber eine echte Chance haben (SEL-4).',
    hint: 'Geben Sie z. B. { "minSharePerCategory": 0.1, "basis": "previous_year" } an (mindestens 10 % Neubewerber je Kategorie).',
  },
  selectionCriteriaNotAllowed: {
    message: '{place}: Beim Losverfahren und bei der Eingangsreihenfolge werden keine Kriterien bewertet.',
    hint: 'Entfernen Sie die Kriterien oder wählen Sie ein Verfahren nach Punkten.',
  },
  scaleRangeInvalid: {
    message: '{place}: Die höchste Punktzahl ({max}) muss größer sein als die niedrigste ({min}).',
    hint: 'Korrigieren Sie „min“ oder „max“.',
  },
  scaleStepInvalid: {
    message: '{place}: Mit Schritten von {step} kommt man von {min} nicht genau auf {max}.',
    hint: 'Wählen Sie eine Schrittweite, die den Abstand zwischen niedrigster und höchster Punktzahl ohne Rest teilt.',
  },
  criterionGroupIdDuplicate: {
    message: '{place}: Die Gruppen-Kennung „{id}“ ist mehrfach vergeben.',
    hint: 'Geben Sie jeder Kriteriengruppe eine eigene Kennung.',
  },
  criterionIdDuplicate: {
    message: '{place}: Die Kriterien-Kennung „{id}“ ist mehrfach vergeben.',
    hint: 'Geben Sie jedem Kriterium eine eigene Kennung.',
  },
  criterionGroupUnknown: {
    message: '{place}: Die Kriteriengruppe „{group}“ gibt es nicht.',
    hint: 'Vorhandene Gruppen: {groups}.',
  },
  criterionUnknown: {
    message: '{place}: Das Kriterium „{criterion}“ gibt es nicht.',
    hint: 'Ein Paar sich ausschließender Kriterien nennt zwei vorhandene Kriterien.',
  },
  exclusivePairSame: {
    message: '{place}: Das Kriterium „{criterion}“ kann sich nicht selbst ausschließen.',
    hint: 'Nennen Sie zwei verschiedene Kriterien, z. B. „bekannt und bewährt“ und „Neubewerber“.',
  },
  formulaBandsInvalid: {
    message: '{place}: Die Stufen des Kriteriums „{criterion}“ sind nicht richtig geordnet.',
    hint: 'Die Obergrenzen („upTo“) steigen von Stufe zu Stufe; nur die letzte Stufe hat keine Obergrenze.',
  },
  formulaPointsOffScale: {
    message: '{place}: {points} Punkte liegen außerhalb der Skala von {min} bis {max}.',
    hint: 'Vergeben Sie in den Stufen nur Punktzahlen der Skala.',
  },
  // fees
  feeIdDuplicate: {
    message: '{place}: Die Gebühren-Kennung „{id}“ ist mehrfach vergeben.',
    hint: 'Geben Sie jeder Gebühr eine eigene Kennung.',
  },
  feeKindNotAllowed: {
    message:
      '{place}: Die Gebühr „{fee}“ hat die Art „other“. Bei einer festgesetzten Veranstaltung dürfen nach § 71 GewO nur Entgelte für Standplatz, Versorgung (Strom, Wasser), Abfallentsorgung und – bei Volksfesten und Jahrmärkten – ein Werbekostenanteil erhoben werden.',
    hint: 'Ordnen Sie die Gebühr einer dieser Arten zu (space, supply_electricity, supply_water, waste, advertising_share) oder streichen Sie sie.',
  },
  advertisingShareNotAllowed: {
    message:
      '{place}: Einen Werbekostenanteil („{fee}“) erlaubt § 71 GewO nur bei Volksfesten und Jahrmärkten, nicht bei dieser Veranstaltungsart.',
    hint: 'Streichen Sie die Gebühr oder prüfen Sie die Art der Veranstaltung.',
  },
  feeQuantityMissing: {
    message:
      '{place}: Die Gebühr „{fee}“ wird je Einheit berechnet („{unit}“), aber es fehlt, woraus sich die Menge ergibt.',
    hint: 'Geben Sie unter „quantity.fields“ die Formularfelder an, z. B. ["frontage", "depth"], oder wählen Sie „flat“ für einen Pauschalbetrag.',
  },
  feeAreaFieldsInvalid: {
    message: '{place}: Die Fläche für die Gebühr „{fee}“ lässt sich aus {fields} nicht berechnen.',
    hint: 'Für Quadratmeter nennen Sie zwei Längen in Metern (z. B. Frontlänge und Tiefe) oder ein Feld mit der Einheit m2.',
  },
  // lifecycle
  lifecycleTemplateUnknown: {
    message: '{place}: Die Ablaufvorlage „{template}“ gibt es nicht.',
    hint: 'Verfügbare Vorlagen: {templates}.',
  },
  lifecycleVersionUnknown: {
    message: '{place}: Die Ablaufvorlage „{template}“ gibt es nicht in Version {version}.',
    hint: 'Verfügbare Versionen: {versions}.',
  },
  lifecycleGuardUnknown: {
    message: '{place}: Die Prüfung „{guard}“ kennt Festplatz nicht.',
    hint: 'Bekannte Prüfungen: {known}.',
  },
  lifecycleActionUnknown: {
    message: '{place}: Den Schritt „{action}“ kennt Festplatz nicht.',
    hint: 'Bekannte Schritte: {known}.',
  },
  lifecycleInitialUnknown: {
    message: '{place}: Der Anfangszustand „{initial}“ ist im Ablauf nicht definiert.',
    hint: 'Vorhandene Zustände: {states}.',
  },
  lifecycleTargetUnknown: {
    message: '{place}: Der Übergang „{event}“ im Zustand „{state}“ führt zum unbekannten Zustand „{target}“.',
    hint: 'Vorhandene Zustände: {states}.',
  },
  // notices, privacy
  noticePlaceholderUnknown: {
    message: '{place}: Den Platzhalter {{{placeholder}}} gibt es nicht.',
    hint: 'Verfügbare Platzhalter: {known}.',
  },
  waitlistNoticeMissing: {
    message:
      '{place}: Es gibt eine Nachrückerliste, aber keinen Text für die Nachricht an die Bewerbenden darauf.',
    hint: 'Ergänzen Sie „waitlist“ mit Betreff und Text.',
  },
  feeNoticeMissing: {
    message: '{place}: Es werden Gebühren erhoben, aber der Text des Gebührenbescheids fehlt.',
    hint: 'Ergänzen Sie „fee“ mit Betreff und Text, z. B. mit den Platzhaltern {{feeTotal}} und {{feeLines}}.',
  },
  consentIdDuplicate: {
    message: '{place}: Die Kennung „{id}“ ist für mehrere Einwilligungen vergeben.',
    hint: 'Jede Einwilligung wird einzeln erfasst und braucht eine eigene Kennung.',
  },
  // editions
  timeZoneUnknown: {
    message: '{place}: Die Zeitzone „{timeZone}“ ist unbekannt.',
    hint: 'Für Deutschland lautet sie Europe/Berlin.',
  },
  localDateTimeInvalid: {
    message: '{place}: „{value}“ ist kein gültiger Zeitpunkt.',
    hint: 'Schreibweise: JJJJ-MM-TTThh:mm:ss, z. B. 2026-02-28T23:59:59.',
  },
  localDateInvalid: {
    message: '{place}: „{value}“ ist kein gültiges Datum.',
    hint: 'Schreibweise: JJJJ-MM-TT, z. B. 2026-11-04.',
  },
  applicationPeriodOrder: {
    message: '{place}: Der Bewerbungszeitraum endet nicht nach seinem Beginn.',
    hint: 'Prüfen Sie Beginn und Ende der Bewerbungsfrist.',
  },
  phaseOrder: {
    message: '{place}: Dieser Zeitpunkt liegt vor „{earlier}“.',
    hint: 'Reihenfolge: Veröffentlichung, Bewerbungszeitraum, dann Nachweisfrist und Bescheide.',
  },
  eventDaysOrder: {
    message: '{place}: Die Veranstaltungstage sind nicht in der richtigen Reihenfolge.',
    hint: 'Der Aufbau beginnt spätestens am Eröffnungstag, und die Eröffnung liegt nicht nach dem letzten Tag.',
  },
  fallback: { message: '{place}: Die Angabe ist nicht zulässig ({code}).' },
};
