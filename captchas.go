package okta

// CAPTCHAsService manages CAPTCHA instances and the org-wide CAPTCHA settings. Reach it as client.CAPTCHAs.
type CAPTCHAsService service
