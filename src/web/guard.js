/*
 * The task pane's first script: recognises the old webviews that cannot run the pane and shows the page's
 * message about them instead of a blank pane.
 *
 * Office runs add-ins in Internet Explorer 11's engine (Trident: Office 2016/2019 volume-licensed, Windows
 * before 10 1903) and in the old Edge's (EdgeHTML: retail Office 2016/2019 and Microsoft 365 builds
 * 16.0.11629–13530, or later ones without WebView2). The pane's bundle is ES2020 (`?.`, `??`): there it fails
 * to parse, nothing of React runs, and the pane stays blank. So this file is ES5 that parses everywhere
 * (tests/web/guard.test.ts parses it as ES5), and it decides by the user agent: the content security policy
 * forbids eval, so it cannot try the syntax itself.
 *
 * It only marks the page (a class on <html>, which exists while <head> is parsed): the styles in page.html
 * then show #old-webview and hide #root. The message is visible as soon as the body is parsed, whatever the
 * bundle then does: it fails to parse in these engines, and anything it renders goes into the hidden #root.
 */
/* global document, navigator */
(function () {
  "use strict";
  var agent = navigator.userAgent || "";
  // Trident/7.0 is Internet Explorer 11's engine. EdgeHTML says Edge/18.x; the Chromium Edge and WebView2 say
  // Edg/, and are welcome.
  var trident = agent.indexOf("Trident/") !== -1;
  var edgeHtml = /\bEdge\/\d/.test(agent);
  if (trident || edgeHtml) document.documentElement.className += " old-webview";
})();
