/** URL parsing that never throws: page-supplied and header-supplied URLs are hostile input. */
export function parseUrl(input: string): URL | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}

/** Host name of a URL or origin, or '' when it does not parse. */
export const hostOf = (input: string): string => parseUrl(input)?.hostname ?? '';
