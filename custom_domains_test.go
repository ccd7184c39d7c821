package okta

import (
	"context"
	"testing"
)

const (
	customDomainsTestID  = "OcD/1 x"
	customDomainsTestEsc = "OcD%2F1%20x"
)

func customDomainsCalls(t *testing.T) []apiCall {
	payload := func(op string) []byte { return firstPayload(t, "custom_domains", op, "") }
	certificate := brandsRequest(t, "custom_domains", "upsertCertificate_spec_certificate")
	path := "/api/v1/domains/" + customDomainsTestEsc
	return []apiCall{
		{
			op: "listCustomDomains", method: "GET", path: "/api/v1/domains", response: payload("listCustomDomains"),
			want: jsonMember(t, payload("listCustomDomains"), "domains"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.CustomDomains.List(ctx)
			},
		},
		{
			op: "getCustomDomain", ids: []string{customDomainsTestID}, method: "GET", path: path, response: payload("getCustomDomain"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.CustomDomains.Get(ctx, id[0])
			},
		},
		{
			op: "replaceCustomDomain", ids: []string{customDomainsTestID}, method: "PUT", path: path,
			body: `{"brandId":"bndul904tTZ6kWVhP0g3"}`, response: payload("replaceCustomDomain"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.CustomDomains.Replace(ctx, id[0], &ReplaceCustomDomainRequest{BrandID: "bndul904tTZ6kWVhP0g3"})
			},
		},
		{
			op: "deleteCustomDomain", ids: []string{customDomainsTestID}, method: "DELETE", path: path, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.CustomDomains.Delete(ctx, id[0]))
			},
		},
		{
			op: "upsertCertificate", ids: []string{customDomainsTestID}, method: "PUT", path: path + "/certificate",
			body: string(certificate), status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.CustomDomains.ReplaceCertificate(ctx, id[0], brandsDecode[*DomainCertificate](t, certificate)))
			},
		},
		{
			op: "verifyDomain", ids: []string{customDomainsTestID}, method: "POST", path: path + "/verify", response: payload("verifyDomain"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.CustomDomains.Verify(ctx, id[0])
			},
		},
	}
}

// TestCustomDomainsRequests calls each CustomDomainsService method against a fake Okta and checks the
// method, escaped path, query and body it sends and the value it returns.
func TestCustomDomainsRequests(t *testing.T) {
	t.Parallel()
	calls := append(customDomainsCalls(t), customDomainsCreateCalls(t)...)
	checkCalledOperations(t, calls, "CustomDomain")
	runAPICalls(t, calls)
}

// TestCustomDomainsPayloads decodes every payload of the CustomDomain operations into the method's return
// type and checks that nothing is lost or changed.
func TestCustomDomainsPayloads(t *testing.T) {
	t.Parallel()
	domain := func(t *testing.T, raw []byte) { assertRoundTrip[*DomainResponse](t, raw) }
	checkRecordedPayloads(t, "custom_domains", map[string]func(t *testing.T, raw []byte){
		"listCustomDomains":   func(t *testing.T, raw []byte) { assertRoundTrip[*DomainListResponse](t, raw) },
		"getCustomDomain":     domain,
		"replaceCustomDomain": domain,
		"verifyDomain":        domain,
		// Request bodies.
		"requests/replaceCustomDomain": func(t *testing.T, raw []byte) { assertRoundTrip[*ReplaceCustomDomainRequest](t, raw) },
		"requests/upsertCertificate":   func(t *testing.T, raw []byte) { assertRoundTrip[*DomainCertificate](t, raw) },
	})
}

// TestCustomDomainsTypedFields checks the typed fields of a verified domain.
func TestCustomDomainsTypedFields(t *testing.T) {
	t.Parallel()
	list := assertRoundTrip[*DomainListResponse](t, fixture(t, "custom_domains/listCustomDomains/sample_domains.json"))
	if len(list.Domains) != 2 {
		t.Fatalf("%d domains, want 2", len(list.Domains))
	}
	d := list.Domains[0]
	if d.ValidationStatus != DomainValidationStatusVerified || d.CertificateSourceType != DomainCertificateSourceTypeManual ||
		d.PublicCertificate == nil || d.PublicCertificate.Subject != "CN=login.example.com" ||
		len(d.DNSRecords) != 2 || d.DNSRecords[0].RecordType != DNSRecordTypeTXT || d.DNSRecords[1].Values[0] != "example.customdomains.okta.com" ||
		d.Links.Href("certificate") == "" {
		t.Errorf("domain = %+v", d)
	}
	if list.Domains[1].CertificateSourceType != DomainCertificateSourceTypeOktaManaged {
		t.Errorf("second domain = %+v", list.Domains[1])
	}
}
