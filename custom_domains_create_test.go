package okta

import (
	"context"
	"testing"
)

// customDomainsCreateCalls are the calls of the CustomDomain operations newer than 5.1.0, which
// TestCustomDomainsRequests runs with the others.
func customDomainsCreateCalls(t *testing.T) []apiCall {
	response := firstPayload(t, "custom_domains", "getCustomDomain", "")
	return []apiCall{{
		op: "createCustomDomain", method: "POST", path: "/api/v1/domains",
		body:     `{"domain":"login.example.com","certificateSourceType":"OKTA_MANAGED"}`,
		response: response,
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.CustomDomains.Create(ctx, &CreateCustomDomainRequest{Domain: "login.example.com", CertificateSourceType: DomainCertificateSourceTypeOktaManaged})
		},
	}}
}

// TestCustomDomainsCreateRequestRoundTrip checks that a create request keeps the members it does not model.
func TestCustomDomainsCreateRequestRoundTrip(t *testing.T) {
	t.Parallel()
	assertRoundTrip[*CreateCustomDomainRequest](t, []byte(`{"domain":"login.example.com","certificateSourceType":"MANUAL","next":1}`))
}
