import { render } from 'preact';
import { App } from './App.tsx';
import { activeTabId, extensionApi, isFullReport } from './api.ts';

document.documentElement.lang = extensionApi.uiLanguage();
if (isFullReport()) document.body.classList.add('full');
render(<App api={extensionApi} tabId={activeTabId()} full={isFullReport()} />, document.getElementById('app')!);
