/** Sets the body of the (happy-dom) document to `html`, then pads it with filler after it to `n` elements in all (none when `n` is 0). */
export function pageOfSize(html: string, n: number): void {
  document.body.innerHTML = html;
  document.body.insertAdjacentHTML('beforeend', '<i></i>'.repeat(Math.max(0, n - document.getElementsByTagName('*').length)));
}
