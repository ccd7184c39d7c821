package okta

import (
	"context"
	"io"
	"net/http"
	"testing"
)

// customAAGUIDPayload is a custom AAGUID as the API describes it, with a member this SDK does not model.
const customAAGUIDPayload = `{"aaguid":"cb69481e-8ff7-4039-93ec-0a2729a154a8","name":"YubiKey 5",` +
	`"attestationRootCertificates":[{"x5c":"MIIDHjCCAgagAwIBAgIEG0BT9zANBgkqhkiG9w0BAQsFADAu","x5t#S256":"DGSjdB0AaM",` +
	`"iss":"CN=Yubico U2F Root CA Serial 457200631","exp":"2050-09-04T00:00:00.000Z"}],` +
	`"authenticatorCharacteristics":{"fipsCompliant":false,"hardwareProtected":true,"platformAttached":false},` +
	`"futureMember":{"a":1},"_links":{"self":{"href":"https://test.okta.com/api/v1/authenticators/aut1/aaguids/cb69481e-8ff7-4039-93ec-0a2729a154a8","hints":{"allow":["GET","PUT","PATCH","DELETE"]}}}}`

// testMergePatchBody returns an apiCall.checkBody that checks a JSON merge patch body: its Content-Type and
// its JSON value.
func testMergePatchBody(want string) func(t *testing.T, r *http.Request) {
	return func(t *testing.T, r *http.Request) {
		t.Helper()
		if ct := r.Header.Get("Content-Type"); ct != "application/merge-patch+json" {
			t.Errorf("Content-Type = %q, want application/merge-patch+json", ct)
		}
		b, err := io.ReadAll(r.Body)
		if err != nil {
			t.Fatal(err)
		}
		assertJSONEqual(t, want, string(b))
	}
}

// authenticatorsAAGUIDCalls are the calls of the Authenticator operations newer than 5.1.0, which
// TestAuthenticatorsRequests runs with the others.
func authenticatorsAAGUIDCalls() []apiCall {
	const aut, autEsc, guid = "aut/1 x", "aut%2F1%20x", "cb69481e-8ff7-4039-93ec-0a2729a154a8"
	base := "/api/v1/authenticators/" + autEsc + "/aaguids"
	yes, no := true, false
	return []apiCall{
		{
			op: "listAllCustomAAGUIDs", ids: []string{aut}, method: "GET", path: base, response: []byte("[" + customAAGUIDPayload + "]"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Authenticators.ListCustomAAGUIDs(ctx, id[0])
			},
		},
		{
			op: "createCustomAAGUID", ids: []string{aut}, method: "POST", path: base,
			body:     `{"aaguid":"` + guid + `","attestationRootCertificates":[{"x5c":"MIID"}],"authenticatorCharacteristics":{"fipsCompliant":false,"hardwareProtected":true}}`,
			response: []byte(customAAGUIDPayload),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Authenticators.CreateCustomAAGUID(ctx, id[0], &CreateCustomAAGUIDRequest{
					AAGUID:                       guid,
					AttestationRootCertificates:  []AttestationRootCertificate{{X5C: "MIID"}},
					AuthenticatorCharacteristics: &AAGUIDAuthenticatorCharacteristics{FIPSCompliant: &no, HardwareProtected: &yes},
				})
			},
		},
		{
			op: "getCustomAAGUID", ids: []string{aut, "g/1"}, method: "GET", path: base + "/g%2F1", response: []byte(customAAGUIDPayload),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Authenticators.GetCustomAAGUID(ctx, id[0], id[1])
			},
		},
		{
			op: "replaceCustomAAGUID", ids: []string{aut, guid}, method: "PUT", path: base + "/" + guid,
			body: `{"name":"YubiKey 5","attestationRootCertificates":[{"x5c":"MIIDHjCCAgagAwIBAgIEG0BT9zANBgkqhkiG9w0BAQsFADAu"}],` +
				`"authenticatorCharacteristics":{"fipsCompliant":false,"hardwareProtected":true,"platformAttached":false},"futureMember":{"a":1}}`,
			response: []byte(customAAGUIDPayload),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				var got *CustomAAGUID
				if err := decodeJSON([]byte(customAAGUIDPayload), &got); err != nil {
					return nil, nil, err
				}
				return c.Authenticators.ReplaceCustomAAGUID(ctx, id[0], id[1], got.ReplaceRequest())
			},
		},
		{
			op: "updateCustomAAGUID", ids: []string{aut, guid}, method: "PATCH", path: base + "/" + guid,
			checkBody: testMergePatchBody(`{"name":"Renamed"}`),
			response:  []byte(customAAGUIDPayload),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Authenticators.UpdateCustomAAGUID(ctx, id[0], id[1], &UpdateCustomAAGUIDRequest{Name: "Renamed"})
			},
		},
		{
			op: "deleteCustomAAGUID", ids: []string{aut, guid}, method: "DELETE", path: base + "/" + guid, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Authenticators.DeleteCustomAAGUID(ctx, id[0], id[1]))
			},
		},
		{
			op: "verifyRpIdDomain", ids: []string{aut}, method: "POST", path: "/api/v1/authenticators/" + autEsc + "/methods/webauthn/verify-rp-id-domain",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Authenticators.VerifyRPIDDomain(ctx, id[0], AuthenticatorMethodTypeWebAuthn))
			},
		},
	}
}

// TestAuthenticatorsCustomAAGUIDTypedFields checks the typed fields of a custom AAGUID and that its replace
// request leaves out the read-only members.
func TestAuthenticatorsCustomAAGUIDTypedFields(t *testing.T) {
	t.Parallel()
	a := assertRoundTrip[*CustomAAGUID](t, []byte(customAAGUIDPayload))
	c := a.AuthenticatorCharacteristics
	if a.AAGUID != "cb69481e-8ff7-4039-93ec-0a2729a154a8" || len(a.AttestationRootCertificates) != 1 ||
		a.AttestationRootCertificates[0].X5TS256 != "DGSjdB0AaM" || c == nil || c.HardwareProtected == nil || !*c.HardwareProtected ||
		c.FIPSCompliant == nil || *c.FIPSCompliant || a.Links.Href("self") == "" {
		t.Errorf("custom AAGUID = %+v", a)
	}
	assertRoundTrip[*CreateCustomAAGUIDRequest](t, []byte(`{"aaguid":"x","attestationRootCertificates":[{"x5c":"MIID"}],"next":true}`))
	assertRoundTrip[*UpdateCustomAAGUIDRequest](t, []byte(`{"name":"x","authenticatorCharacteristics":{"platformAttached":true}}`))
}
