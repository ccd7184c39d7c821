package okta

import (
	"context"
	"net/http"
)

// Create adds a custom domain to the org. Okta answers with the domain in NOT_STARTED validation state and the
// TXT and CNAME records to publish in its DNSRecords; publish them, then call Verify. An OKTA_MANAGED domain
// gets its certificate from Okta once verified; a MANUAL one needs UpsertCertificate.
//
//okta:operation createCustomDomain POST /api/v1/domains
func (s *CustomDomainsService) Create(ctx context.Context, domain *CreateCustomDomainRequest) (*DomainResponse, *Response, error) {
	return send[*DomainResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/domains").withBody(domain))
}

// CreateCustomDomainRequest is the body of CustomDomainsService.Create (the API's DomainRequest).
type CreateCustomDomainRequest struct {
	// Domain is the domain name, such as login.example.com (required).
	Domain string `json:"domain,omitzero"`
	// CertificateSourceType says who provides the domain's certificate (required).
	CertificateSourceType DomainCertificateSourceType `json:"certificateSourceType,omitzero"`
	Extra                 Extra                       `json:"-"`
}
