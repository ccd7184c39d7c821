package okta

import (
	"context"
	"net/http"
)

// CustomDomainsService manages custom domains: the org's own domain names (such as login.example.com) that
// serve Okta's sign-in pages, their DNS verification and their TLS certificates. Reach it as
// client.CustomDomains.
type CustomDomainsService service

// List returns the org's custom domains, in the envelope Okta answers with: the domains are in the result's
// Domains. The list is not paginated.
//
//okta:operation listCustomDomains GET /api/v1/domains
func (s *CustomDomainsService) List(ctx context.Context) (*DomainListResponse, *Response, error) {
	return send[*DomainListResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/domains"))
}

// Get retrieves a custom domain by ID.
//
//okta:operation getCustomDomain GET /api/v1/domains/{domainId}
func (s *CustomDomainsService) Get(ctx context.Context, domainID string) (*DomainResponse, *Response, error) {
	return send[*DomainResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/domains/{domainId}", domainID))
}

// Replace moves a custom domain to another brand: the only thing that can be replaced is its BrandID.
//
//okta:operation replaceCustomDomain PUT /api/v1/domains/{domainId}
func (s *CustomDomainsService) Replace(ctx context.Context, domainID string, domain *ReplaceCustomDomainRequest) (*DomainResponse, *Response, error) {
	return send[*DomainResponse](ctx, s.client, newRequest(http.MethodPut, "/api/v1/domains/{domainId}", domainID).withBody(domain))
}

// Delete deletes a custom domain.
//
//okta:operation deleteCustomDomain DELETE /api/v1/domains/{domainId}
func (s *CustomDomainsService) Delete(ctx context.Context, domainID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/domains/{domainId}", domainID))
}

// ReplaceCertificate creates or renews the certificate of a custom domain with one the caller manages. A
// domain whose certificates Okta managed (OKTA_MANAGED) becomes MANUAL: Okta no longer renews them.
//
//okta:operation upsertCertificate PUT /api/v1/domains/{domainId}/certificate
func (s *CustomDomainsService) ReplaceCertificate(ctx context.Context, domainID string, certificate *DomainCertificate) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/domains/{domainId}/certificate", domainID).withBody(certificate))
}

// Verify asks Okta to check the DNS records of a custom domain and returns the domain with its new
// ValidationStatus. For an OKTA_MANAGED domain, Okta then obtains and installs a certificate, and renews it
// from then on.
//
//okta:operation verifyDomain POST /api/v1/domains/{domainId}/verify
func (s *CustomDomainsService) Verify(ctx context.Context, domainID string) (*DomainResponse, *Response, error) {
	return send[*DomainResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/domains/{domainId}/verify", domainID))
}

// DomainListResponse is the envelope of the custom domains that CustomDomainsService.List returns.
type DomainListResponse struct {
	Domains []DomainResponse `json:"domains,omitzero"`
	Extra   Extra            `json:"-"`
}

// DomainCertificateSourceType says who provides the certificate of a custom domain.
type DomainCertificateSourceType string

// DomainCertificateSourceType values. Okta may send others; they decode as they are.
const (
	DomainCertificateSourceTypeManual      DomainCertificateSourceType = "MANUAL"
	DomainCertificateSourceTypeOktaManaged DomainCertificateSourceType = "OKTA_MANAGED"
)

// DomainValidationStatus is the verification state of a custom domain.
type DomainValidationStatus string

// DomainValidationStatus values. Okta may send others; they decode as they are.
const (
	DomainValidationStatusCompleted  DomainValidationStatus = "COMPLETED"
	DomainValidationStatusInProgress DomainValidationStatus = "IN_PROGRESS"
	DomainValidationStatusNotStarted DomainValidationStatus = "NOT_STARTED"
	DomainValidationStatusVerified   DomainValidationStatus = "VERIFIED"
)

// DomainResponse is a custom domain.
type DomainResponse struct {
	ID string `json:"id,omitzero"`
	// Domain is the domain name, such as login.example.com.
	Domain string `json:"domain,omitzero"`
	// BrandID is the brand whose pages the domain serves.
	BrandID               string                      `json:"brandId,omitzero"`
	CertificateSourceType DomainCertificateSourceType `json:"certificateSourceType,omitzero"`
	ValidationStatus      DomainValidationStatus      `json:"validationStatus,omitzero"`
	// DNSRecords are the TXT and CNAME records to publish for the domain to verify.
	DNSRecords        []DNSRecord                `json:"dnsRecords,omitzero"`
	PublicCertificate *DomainCertificateMetadata `json:"publicCertificate,omitzero"`
	// Links has the relations self, verify, certificate and brand.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// DNSRecordType is the type of a DNS record.
type DNSRecordType string

// DNSRecordType values.
const (
	DNSRecordTypeCNAME DNSRecordType = "CNAME"
	DNSRecordTypeTXT   DNSRecordType = "TXT"
)

// DNSRecord is a DNS record to publish for a custom domain.
type DNSRecord struct {
	// FQDN is the record's name.
	FQDN       string        `json:"fqdn,omitzero"`
	RecordType DNSRecordType `json:"recordType,omitzero"`
	Values     []string      `json:"values,omitzero"`
	// Expiration is when a TXT record expires, as Okta writes it.
	Expiration string `json:"expiration,omitzero"`
	Extra      Extra  `json:"-"`
}

// DomainCertificateMetadata describes the certificate a custom domain serves.
type DomainCertificateMetadata struct {
	Subject     string `json:"subject,omitzero"`
	Fingerprint string `json:"fingerprint,omitzero"`
	// Expiration is when the certificate expires, as Okta writes it (such as "2021-05-11T05:13:05.000Z").
	Expiration string `json:"expiration,omitzero"`
	Extra      Extra  `json:"-"`
}

// ReplaceCustomDomainRequest is the body of CustomDomainsService.Replace.
type ReplaceCustomDomainRequest struct {
	// BrandID is the brand the domain moves to (required).
	BrandID string `json:"brandId,omitzero"`
	Extra   Extra  `json:"-"`
}

// DomainCertificateType is the encoding of a certificate.
type DomainCertificateType string

// DomainCertificateType values.
const (
	DomainCertificateTypePEM DomainCertificateType = "PEM"
)

// DomainCertificate is a certificate for a custom domain, with its chain and private key, all PEM-encoded and
// all required.
type DomainCertificate struct {
	Type             DomainCertificateType `json:"type,omitzero"`
	Certificate      string                `json:"certificate,omitzero"`
	CertificateChain string                `json:"certificateChain,omitzero"`
	PrivateKey       string                `json:"privateKey,omitzero"`
	Extra            Extra                 `json:"-"`
}
