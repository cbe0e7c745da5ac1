/** How much of a notice's text is read (here on its own: the content script needs it without the analyser). */
export const MAX_NOTICE_CHARS = 300_000;
