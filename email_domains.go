package okta

// EmailDomainsService manages email domains. Reach it as client.EmailDomains.
type EmailDomainsService service
