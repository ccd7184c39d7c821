package okta

import (
	"context"
	"encoding/json"
	"testing"
)

// Payloads built from the API description's schemas and the documents' own formats, each with a member this
// SDK does not model.
const (
	wellKnownURIPayload = `{"representation":{"applinks":{"details":[{"appIDs":["ABCDE12345.com.example.app"],"components":[{"/":"/sso/*"}]}]}},` +
		`"_embedded":{"customized":{"representation":{"webcredentials":{"apps":["ABCDE12345.com.example.app"]}}}},"later":1,` +
		`"_links":{"self":{"href":"https://x.okta.com/api/v1/brands/bnd1/well-known-uris/apple-app-site-association"}}}`
	wellKnownURIsPayload = `{"_embedded":{"apple-app-site-association":{"customized":{"representation":{"applinks":{}}}},` +
		`"assetlinks.json":{"customized":{"representation":[{"relation":["delegate_permission/common.handle_all_urls"]}]}},` +
		`"webauthn":{"customized":{"representation":{"origins":["https://login.example.com"]}}}},` +
		`"_links":{"self":{"href":"https://x.okta.com/api/v1/brands/bnd1/well-known-uris"}},"z":true}`
	appleAppSiteAssociationPayload = `{"applinks":{"apps":[],"details":[{"appID":"ABCDE12345.com.example.app","paths":["/sso/*"],` +
		`"components":[{"/":"/x"}]}]},"webcredentials":{"apps":["ABCDE12345.com.example.app"]},` +
		`"authsrv":{"apps":["B7F62B65BN.com.okta.mobile.auth-service-extension"]}}`
	assetLinksPayload = `[{"relation":["delegate_permission/common.handle_all_urls"],"target":{"namespace":"android_app",` +
		`"package_name":"com.example.app","sha256_cert_fingerprints":["14:6D:E9"],"extra":1}},` +
		`{"relation":["delegate_permission/common.get_login_creds"],"target":{"namespace":"web","site":"https://example.com"}}]`
	webAuthnOriginsPayload = `{"origins":["https://login.example.com","https://example.org"],"future":{}}`
)

func TestBrandsWellKnownRequests(t *testing.T) {
	t.Parallel()
	const brand, esc = "bnd/1", "bnd%2F1"
	path := "/api/v1/brands/" + esc + "/well-known-uris"
	runAPICalls(t, []apiCall{
		{
			op: "getAllWellKnownURIs", ids: []string{brand}, method: "GET", path: path, response: []byte(wellKnownURIsPayload),
			query: map[string]string{"expand": "apple-app-site-association,webauthn"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Brands.GetWellKnownURIs(ctx, ids[0], &BrandsGetWellKnownURIsOptions{
					Expand: []WellKnownURIsExpand{WellKnownURIsExpandAppleAppSiteAssociation, WellKnownURIsExpandWebAuthn},
				})
			},
			check: func(t *testing.T, got any) {
				e := got.(*WellKnownURIs).Embedded
				if e == nil || e.AssetLinks == nil || e.AssetLinks.Customized == nil || e.AssetLinks.Customized.Representation[0] != '[' {
					t.Errorf("embedded = %+v", e)
				}
			},
		},
		{
			op: "getRootBrandWellKnownURI", ids: []string{brand, "assetlinks.json"}, method: "GET", path: path + "/assetlinks.json",
			query: map[string]string{"expand": "customized"}, response: []byte(wellKnownURIPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Brands.GetWellKnownURI(ctx, ids[0], WellKnownURIPath(ids[1]),
					&BrandsGetWellKnownURIOptions{Expand: []WellKnownURIExpand{WellKnownURIExpandCustomized}})
			},
			check: func(t *testing.T, got any) {
				if u := got.(*WellKnownURI); u.Embedded == nil || u.Embedded.Customized == nil {
					t.Errorf("uri = %+v", u)
				}
			},
		},
		{
			op: "getBrandWellKnownURI", ids: []string{brand, string(WellKnownURIPathWebAuthn)}, method: "GET", path: path + "/webauthn/customized",
			response: []byte(`{"representation":{"origins":["https://a.example"]}}`),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Brands.GetCustomizedWellKnownURI(ctx, ids[0], WellKnownURIPath(ids[1]))
			},
		},
		{
			op: "replaceBrandWellKnownURI", ids: []string{brand, string(WellKnownURIPathAssetLinks)}, method: "PUT", path: path + "/assetlinks.json/customized",
			body: `{"representation":[{"relation":["x"]}]}`, response: []byte(`{"representation":[{"relation":["x"]}]}`),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Brands.ReplaceCustomizedWellKnownURI(ctx, ids[0], WellKnownURIPath(ids[1]),
					&ReplaceWellKnownURIRequest{Representation: json.RawMessage(`[{"relation":["x"]}]`)})
			},
		},
		{
			op: "getAppleAppSiteAssociationWellKnownURI", method: "GET", path: "/.well-known/apple-app-site-association", response: []byte(appleAppSiteAssociationPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Brands.GetAppleAppSiteAssociation(ctx)
			},
			check: func(t *testing.T, got any) {
				a := got.(*AppleAppSiteAssociation)
				if a.AppLinks == nil || a.AppLinks.Details[0].AppID != "ABCDE12345.com.example.app" || a.Extra["authsrv"] == nil {
					t.Errorf("document = %+v", a)
				}
			},
		},
		{
			op: "getAssetLinksWellKnownURI", method: "GET", path: "/.well-known/assetlinks.json", response: []byte(assetLinksPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Brands.GetAssetLinks(ctx)
			},
			check: func(t *testing.T, got any) {
				s := got.([]AssetLinkStatement)
				if len(s) != 2 || s[0].Target.PackageName != "com.example.app" || s[1].Target.Site != "https://example.com" {
					t.Errorf("statements = %+v", s)
				}
			},
		},
		{
			op: "getWebAuthnWellKnownURI", method: "GET", path: "/.well-known/webauthn", response: []byte(webAuthnOriginsPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Brands.GetWebAuthnOrigins(ctx)
			},
		},
	})
}

// TestWellKnownURIGetReplace: what GetCustomizedWellKnownURI returns converts to the body of its Replace, and
// unknown members survive a round trip.
func TestWellKnownURIGetReplace(t *testing.T) {
	t.Parallel()
	u := assertRoundTrip[*WellKnownURI](t, []byte(wellKnownURIPayload))
	b, err := json.Marshal(u.ReplaceRequest())
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, `{"representation":{"applinks":{"details":[{"appIDs":["ABCDE12345.com.example.app"],"components":[{"/":"/sso/*"}]}]}}}`, string(b))
	assertRoundTrip[*WellKnownURIs](t, []byte(wellKnownURIsPayload))
}
