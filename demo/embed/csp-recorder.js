// Records Content-Security-Policy violations on the strict-CSP demo page (an inline script would be one).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
