package okta

// CustomDomainsService manages custom domains and their certificates. Reach it as client.CustomDomains.
type CustomDomainsService service
