import { render } from 'preact';
import { App } from './App.tsx';
import { activeTabId, extensionApi } from './api.ts';

document.documentElement.lang = extensionApi.uiLanguage();
render(<App api={extensionApi} tabId={activeTabId()} />, document.getElementById('app')!);
