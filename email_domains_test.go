package okta

import (
	"context"
	"net/http"
	"testing"
)

const (
	emailDomainsTestID  = "OeD/1 x"
	emailDomainsTestEsc = "OeD%2F1%20x"
)

func emailDomainsCalls(t *testing.T) []apiCall {
	payload := func(op string) []byte { return firstPayload(t, "email_domains", op, "") }
	create := brandsRequest(t, "email_domains", "createEmailDomain_spec_create_email_domain_request")
	path := "/api/v1/email-domains/" + emailDomainsTestEsc
	brands := map[string]string{"expand": "brands"}
	expand := []EmailDomainExpand{EmailDomainExpandBrands}
	return []apiCall{
		{
			op: "listEmailDomains", method: "GET", path: "/api/v1/email-domains", query: brands, response: payload("listEmailDomains"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.EmailDomains.List(ctx, &EmailDomainsListOptions{Expand: expand})
			},
		},
		{
			op: "createEmailDomain", method: "POST", path: "/api/v1/email-domains", body: string(create), response: payload("createEmailDomain"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.EmailDomains.Create(ctx, &CreateEmailDomainRequest{DisplayName: "Admin", UserName: "admin", Domain: "example.com", BrandID: "bnd100iSrkcN6aR680g1"}, nil)
			},
		},
		{
			op: "getEmailDomain", ids: []string{emailDomainsTestID}, method: "GET", path: path, query: brands, response: payload("getEmailDomain"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.EmailDomains.Get(ctx, id[0], &EmailDomainsGetOptions{Expand: expand})
			},
		},
		{
			op: "replaceEmailDomain", ids: []string{emailDomainsTestID}, method: "PUT", path: path, query: brands,
			body: `{"displayName":"IT Admin","userName":"noreply"}`, response: payload("replaceEmailDomain"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.EmailDomains.Replace(ctx, id[0], &ReplaceEmailDomainRequest{DisplayName: "IT Admin", UserName: "noreply"}, &EmailDomainsReplaceOptions{Expand: expand})
			},
		},
		{
			op: "deleteEmailDomain", ids: []string{emailDomainsTestID}, method: "DELETE", path: path, query: brands, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.EmailDomains.Delete(ctx, id[0], &EmailDomainsDeleteOptions{Expand: expand}))
			},
		},
		{
			op: "verifyEmailDomain", ids: []string{emailDomainsTestID}, method: "POST", path: path + "/verify", response: payload("verifyEmailDomain"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.EmailDomains.Verify(ctx, id[0])
			},
		},
	}
}

// TestEmailDomainsRequests calls each EmailDomainsService method against a fake Okta and checks the method,
// escaped path, query and body it sends and the value it returns.
func TestEmailDomainsRequests(t *testing.T) {
	t.Parallel()
	calls := emailDomainsCalls(t)
	checkCalledOperations(t, calls, "EmailDomain")
	runAPICalls(t, calls)
}

// TestEmailDomainsPayloads decodes every example payload of the CreateEmailDomainRequest operations into the method's
// return type and checks that nothing is lost or changed.
func TestEmailDomainsPayloads(t *testing.T) {
	t.Parallel()
	domain := func(t *testing.T, raw []byte) { assertRoundTrip[*EmailDomainResponse](t, raw) }
	checkRecordedPayloads(t, "email_domains", map[string]func(t *testing.T, raw []byte){
		"listEmailDomains":   func(t *testing.T, raw []byte) { assertRoundTrip[[]EmailDomainResponseWithEmbedded](t, raw) },
		"createEmailDomain":  domain,
		"getEmailDomain":     func(t *testing.T, raw []byte) { assertRoundTrip[*EmailDomainResponseWithEmbedded](t, raw) },
		"replaceEmailDomain": domain,
		"verifyEmailDomain":  domain,
		// Request bodies.
		"requests/createEmailDomain":  func(t *testing.T, raw []byte) { assertRoundTrip[*CreateEmailDomainRequest](t, raw) },
		"requests/replaceEmailDomain": func(t *testing.T, raw []byte) { assertRoundTrip[*ReplaceEmailDomainRequest](t, raw) },
	})
}

// TestEmailDomainsErrors checks the error codes of the API description's error examples (E0000197,
// E0000216, E0000217, E0000218).
func TestEmailDomainsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "email_domains", emailDomainsCalls(t))
}

// TestEmailDomainsEmbeddedBrands checks that expand=brands gives typed brands.
func TestEmailDomainsEmbeddedBrands(t *testing.T) {
	t.Parallel()
	client, mux := setup(t)
	mux.HandleFunc("GET /api/v1/email-domains/{id}", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, fixture(t, "email_domains/getEmailDomain/sample_expanded.json"))
	})
	d, _, err := client.EmailDomains.Get(t.Context(), "OeD114iNkrcN6aR680g4", &EmailDomainsGetOptions{Expand: []EmailDomainExpand{EmailDomainExpandBrands}})
	if err != nil {
		t.Fatal(err)
	}
	if d.ValidationStatus != EmailDomainStatusVerified || d.Embedded == nil || len(d.Embedded.Brands) != 1 ||
		!d.Embedded.Brands[0].IsDefault || d.Embedded.Brands[0].Links.Href("themes") == "" {
		t.Errorf("domain = %+v, embedded = %+v", d, d.Embedded)
	}
}
