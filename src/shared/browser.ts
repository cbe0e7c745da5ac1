/**
 * The WebExtension API. In Chromium ≥ 148 and Firefox the `browser`
 * namespace is native and the polyfill only re-exports it; it fills the gap
 * on older Chromium.
 */
import browser from 'webextension-polyfill';

export default browser;
