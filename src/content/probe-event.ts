/** DOM event by which the main-world probe hands cookie writes to the isolated content script. */
export const PROBE_EVENT = 'temoin:cookie-write';
