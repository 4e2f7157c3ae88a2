import { html, nothing, type TemplateResult } from 'lit';
import type { ThreadAttachment, ThreadMessage, ThreadSide } from '../../api/thread.ts';
import { formatBerlinDateTime } from '../../format/date-time.ts';
import type { Lang } from '../../i18n/lang.ts';
import { format, type Messages } from '../../i18n/messages.ts';

/** "PDF", "JPEG", "PNG" for the media types uploads may have; anything else as it is. */
function typeName(mediaType: string): string {
  return mediaType.split('/')[1]?.toUpperCase() ?? mediaType;
}

/** A size as people read it: "830 KB", "2,4 MB" (binary units, as file managers count). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/** Who wrote a message, as the reader calls them: "Sie", "Veranstaltungsbüro", "Bewerberin oder Bewerber". */
export function authorName(message: ThreadMessage, t: Messages['thread']): string {
  if (message.own) return t.you;
  const author: ThreadSide = message.author;
  return author === 'staff' ? t.office : t.applicant;
}

function attachmentLink(file: ThreadAttachment, apiBase: string, t: Messages['thread'], lang: Lang) {
  const label = format(t.attachment, {
    name: file.fileName,
    type: typeName(file.mediaType),
    size: formatFileSize(file.size, lang),
  });
  return html`<li><a class="kern-link" href="${apiBase}${file.href}" download="${file.fileName}">${label}</a></li>`;
}

/** One message of the thread: author and time as its heading line, the text (or why it is hidden), its files. */
export function messageItem(
  message: ThreadMessage,
  apiBase: string,
  t: Messages['thread'],
  lang: Lang,
): TemplateResult {
  const time = formatBerlinDateTime(message.createdAt, lang);
  const files = message.attachments;
  return html`<li class="festplatz-message ${message.own ? 'festplatz-message--own' : ''}" data-message-id="${message.id}">
    <p class="kern-label festplatz-message__meta">
      <span class="festplatz-message__author">${authorName(message, t)}</span>,
      <time datetime="${message.createdAt}">${format(t.sentAt, { time })}</time>
    </p>
    ${
      message.withheld
        ? html`<p class="kern-body festplatz-message__withheld">${t.withheld}</p>`
        : html`<p class="kern-body festplatz-message__body" style="white-space: pre-line">${message.body}</p>`
    }
    ${
      files.length > 0
        ? html`<p class="kern-body kern-body--small">${t.attachments}:</p>
            <ul class="festplatz-message__attachments">${files.map((f) => attachmentLink(f, apiBase, t, lang))}</ul>`
        : nothing
    }
  </li>`;
}
