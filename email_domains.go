package okta

import (
	"context"
	"net/http"
)

// EmailDomainsService manages email domains: the custom domains Okta sends a brand's email from, once their
// DNS records are verified. Reach it as client.EmailDomains.
type EmailDomainsService service

// List returns the org's email domains. With opts.Expand set to brands, each carries the brands that use it
// in Embedded. The list is not paginated.
//
//okta:operation listEmailDomains GET /api/v1/email-domains
func (s *EmailDomainsService) List(ctx context.Context, opts *EmailDomainsListOptions) ([]EmailDomainResponseWithEmbedded, *Response, error) {
	return send[[]EmailDomainResponseWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/email-domains").withQuery(opts))
}

// Create creates an email domain for a brand. The result lists the DNS records to publish before Verify can
// succeed. Okta answers 200, not 201.
//
//okta:operation createEmailDomain POST /api/v1/email-domains
func (s *EmailDomainsService) Create(ctx context.Context, domain *CreateEmailDomainRequest, opts *EmailDomainsCreateOptions) (*EmailDomainResponse, *Response, error) {
	return send[*EmailDomainResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/email-domains").withBody(domain).withQuery(opts))
}

// Get retrieves an email domain by ID. With opts.Expand set to brands, the brands that use it are in
// Embedded.
//
//okta:operation getEmailDomain GET /api/v1/email-domains/{emailDomainId}
func (s *EmailDomainsService) Get(ctx context.Context, emailDomainID string, opts *EmailDomainsGetOptions) (*EmailDomainResponseWithEmbedded, *Response, error) {
	return send[*EmailDomainResponseWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/email-domains/{emailDomainId}", emailDomainID).withQuery(opts))
}

// Replace replaces the sender display name and user name of an email domain; the domain itself cannot be
// changed.
//
//okta:operation replaceEmailDomain PUT /api/v1/email-domains/{emailDomainId}
func (s *EmailDomainsService) Replace(ctx context.Context, emailDomainID string, domain *ReplaceEmailDomainRequest, opts *EmailDomainsReplaceOptions) (*EmailDomainResponse, *Response, error) {
	return send[*EmailDomainResponse](ctx, s.client, newRequest(http.MethodPut, "/api/v1/email-domains/{emailDomainId}", emailDomainID).withBody(domain).withQuery(opts))
}

// Delete deletes an email domain. Okta answers 400 with E0000216 when its mail provider does not allow it.
//
//okta:operation deleteEmailDomain DELETE /api/v1/email-domains/{emailDomainId}
func (s *EmailDomainsService) Delete(ctx context.Context, emailDomainID string, opts *EmailDomainsDeleteOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/email-domains/{emailDomainId}", emailDomainID).withQuery(opts))
}

// Verify asks Okta to check the DNS records of an email domain and returns the domain with its new
// ValidationStatus (VERIFIED once the records are found). Okta answers 400 with E0000218 when the mail
// provider could not verify the domain, and with E0000217 when its status does not allow a verification.
//
//okta:operation verifyEmailDomain POST /api/v1/email-domains/{emailDomainId}/verify
func (s *EmailDomainsService) Verify(ctx context.Context, emailDomainID string) (*EmailDomainResponse, *Response, error) {
	return send[*EmailDomainResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/email-domains/{emailDomainId}/verify", emailDomainID))
}

// EmailDomainExpand names related resources to embed in an email domain.
type EmailDomainExpand string

// EmailDomainExpand values.
const (
	EmailDomainExpandBrands EmailDomainExpand = "brands"
)

// EmailDomainsListOptions are the parameters of EmailDomainsService.List.
type EmailDomainsListOptions struct {
	// Expand embeds related resources in each domain's Embedded.
	Expand []EmailDomainExpand `url:"expand"`
}

// EmailDomainsCreateOptions are the parameters of EmailDomainsService.Create.
type EmailDomainsCreateOptions struct {
	// Expand is listed by the API description for this operation, whose result has no Embedded.
	Expand []EmailDomainExpand `url:"expand"`
}

// EmailDomainsGetOptions are the parameters of EmailDomainsService.Get.
type EmailDomainsGetOptions struct {
	// Expand embeds related resources in the domain's Embedded.
	Expand []EmailDomainExpand `url:"expand"`
}

// EmailDomainsReplaceOptions are the parameters of EmailDomainsService.Replace.
type EmailDomainsReplaceOptions struct {
	// Expand is listed by the API description for this operation, whose result has no Embedded.
	Expand []EmailDomainExpand `url:"expand"`
}

// EmailDomainsDeleteOptions are the parameters of EmailDomainsService.Delete.
type EmailDomainsDeleteOptions struct {
	// Expand is listed by the API description for this operation, which returns nothing.
	Expand []EmailDomainExpand `url:"expand"`
}

// CreateEmailDomainRequest is the body of EmailDomainsService.Create: the domain, the brand that sends from it, and the
// sender's display name and user name (the part before the @). All are required.
type CreateEmailDomainRequest struct {
	Domain      string `json:"domain,omitzero"`
	BrandID     string `json:"brandId,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	UserName    string `json:"userName,omitzero"`
	// ValidationSubdomain is the subdomain of the sender's custom mail domain that Okta validates; Okta uses
	// "mail" when it is not set.
	ValidationSubdomain string `json:"validationSubdomain,omitzero"`
	Extra               Extra  `json:"-"`
}

// ReplaceEmailDomainRequest is the body of EmailDomainsService.Replace: the sender's display name and user name. Both
// are required.
type ReplaceEmailDomainRequest struct {
	DisplayName string `json:"displayName,omitzero"`
	UserName    string `json:"userName,omitzero"`
	Extra       Extra  `json:"-"`
}

// EmailDomainStatus is the validation state of an email domain.
type EmailDomainStatus string

// EmailDomainStatus values. Okta may send others; they decode as they are.
const (
	EmailDomainStatusDeleted    EmailDomainStatus = "DELETED"
	EmailDomainStatusError      EmailDomainStatus = "ERROR"
	EmailDomainStatusNotStarted EmailDomainStatus = "NOT_STARTED"
	EmailDomainStatusPolling    EmailDomainStatus = "POLLING"
	EmailDomainStatusVerified   EmailDomainStatus = "VERIFIED"
)

// EmailDomainResponse is an email domain as Okta returns it.
type EmailDomainResponse struct {
	ID               string            `json:"id,omitzero"`
	Domain           string            `json:"domain,omitzero"`
	DisplayName      string            `json:"displayName,omitzero"`
	UserName         string            `json:"userName,omitzero"`
	ValidationStatus EmailDomainStatus `json:"validationStatus,omitzero"`
	// DNSValidationRecords are the DNS records to publish for the domain to verify.
	DNSValidationRecords []EmailDomainDNSRecord `json:"dnsValidationRecords,omitzero"`
	// ValidationSubdomain is the subdomain of the sender's custom mail domain that Okta validates.
	ValidationSubdomain string `json:"validationSubdomain,omitzero"`
	Extra               Extra  `json:"-"`
}

// EmailDomainResponseWithEmbedded is an email domain with the resources asked for with an expand parameter.
type EmailDomainResponseWithEmbedded struct {
	ID                   string                 `json:"id,omitzero"`
	Domain               string                 `json:"domain,omitzero"`
	DisplayName          string                 `json:"displayName,omitzero"`
	UserName             string                 `json:"userName,omitzero"`
	ValidationStatus     EmailDomainStatus      `json:"validationStatus,omitzero"`
	DNSValidationRecords []EmailDomainDNSRecord `json:"dnsValidationRecords,omitzero"`
	// ValidationSubdomain is the subdomain of the sender's custom mail domain that Okta validates ("mail"
	// unless set otherwise).
	ValidationSubdomain string               `json:"validationSubdomain,omitzero"`
	Embedded            *EmailDomainEmbedded `json:"_embedded,omitzero"`
	Extra               Extra                `json:"-"`
}

// EmailDomainEmbedded holds the resources embedded in an email domain.
type EmailDomainEmbedded struct {
	// Brands are the brands that send email from the domain (expand=brands).
	Brands []Brand `json:"brands,omitzero"`
	Extra  Extra   `json:"-"`
}

// EmailDomainDNSRecordType is the type of a DNS record.
type EmailDomainDNSRecordType string

// EmailDomainDNSRecordType values.
const (
	EmailDomainDNSRecordTypeCNAME EmailDomainDNSRecordType = "CNAME"
	EmailDomainDNSRecordTypeTXT   EmailDomainDNSRecordType = "TXT"
)

// EmailDomainDNSRecord is a DNS record to publish for an email domain.
type EmailDomainDNSRecord struct {
	// FQDN is the record's name.
	FQDN       string                   `json:"fqdn,omitzero"`
	RecordType EmailDomainDNSRecordType `json:"recordType,omitzero"`
	// VerificationValue is the record's value.
	VerificationValue string `json:"verificationValue,omitzero"`
	Extra             Extra  `json:"-"`
}

// ReplaceRequest returns the body that EmailDomainsService.Replace takes for d: its display and user names.
func (d *EmailDomainResponse) ReplaceRequest() *ReplaceEmailDomainRequest {
	return &ReplaceEmailDomainRequest{DisplayName: d.DisplayName, UserName: d.UserName}
}

// ReplaceRequest returns the body that EmailDomainsService.Replace takes for d: its display and user names.
func (d *EmailDomainResponseWithEmbedded) ReplaceRequest() *ReplaceEmailDomainRequest {
	return &ReplaceEmailDomainRequest{DisplayName: d.DisplayName, UserName: d.UserName}
}
