package okta

import (
	"context"
	"testing"
)

// Payloads built from the API description's schemas, each with a member this SDK does not model.
const (
	webAuthnEnrollmentPayload = `{"userId":"00u1","fulfillmentProvider":"yubico","pinRequestJwe":"eyJhbGci.pin",` +
		`"credRequests":[{"authenticatorEnrollmentId":"fwf1","credRequestJwe":"eyJhbGci.cred","keyId":"k1","x":1}],"later":"kept"}`
	webAuthnActivationPayload = `{"userId":"00u1","fulfillmentProvider":"yubico","authenticatorEnrollmentIds":["fwf1"],"later":[true]}`
	webAuthnFactorPayload     = `{"id":"fwf1","factorType":"webauthn","provider":"FIDO","vendorName":"FIDO","status":"FULFILLMENT_ERRORED",` +
		`"created":"2024-01-01T00:00:00.000Z","lastUpdated":"2024-01-01T00:00:00.000Z","profile":{"credentialId":"c1"},"z":1,` +
		`"_links":{"self":{"href":"https://x.okta.com/webauthn-registration/api/v1/users/00u1/enrollments/fwf1"}}}`
)

func TestWebAuthnPreregistrationRequests(t *testing.T) {
	t.Parallel()
	const base = "/webauthn-registration/api/v1"
	const user, userEsc, enr, enrEsc = "00u/1", "00u%2F1", "fwf 1", "fwf%201"
	key := &ECKeyJWK{KID: "k1", Kty: "EC", Crv: "P-384", Use: "enc", X: "xx", Y: "yy"}
	runAPICalls(t, []apiCall{
		{
			op: "enrollPreregistrationEnrollment", method: "POST", path: base + "/enroll", response: []byte(webAuthnEnrollmentPayload),
			body: `{"userId":"00u1","fulfillmentProvider":"yubico","enrollmentRpIds":["example.okta.com"],` +
				`"yubicoTransportKeyJWK":{"kid":"k1","kty":"EC","crv":"P-384","use":"enc","x":"xx","y":"yy"}}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.WebAuthnPreregistration.Enroll(ctx, &EnrollWebAuthnPreregistrationRequest{
					UserID: "00u1", FulfillmentProvider: FulfillmentProviderYubico, EnrollmentRPIDs: []string{"example.okta.com"}, YubicoTransportKeyJWK: key,
				})
			},
		},
		{
			op: "activatePreregistrationEnrollment", method: "POST", path: base + "/activate", response: []byte(webAuthnActivationPayload),
			body: `{"userId":"00u1","fulfillmentProvider":"yubico","serial":"123","version":"5.7","pinResponseJwe":"p",` +
				`"credResponses":[{"authenticatorEnrollmentId":"fwf1","credResponseJwe":"c"}],` +
				`"yubicoSigningJwks":[{"kid":"k1","kty":"EC","crv":"P-384","use":"sig","x":"xx","y":"yy"}]}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				sig := *key
				sig.Use = "sig"
				return c.WebAuthnPreregistration.Activate(ctx, &ActivateWebAuthnPreregistrationRequest{
					UserID: "00u1", FulfillmentProvider: FulfillmentProviderYubico, Serial: "123", Version: "5.7", PINResponseJWE: "p",
					CredResponses:     []WebAuthnCredResponse{{AuthenticatorEnrollmentID: "fwf1", CredResponseJWE: "c"}},
					YubicoSigningJWKS: []ECKeyJWK{sig},
				})
			},
		},
		{
			op: "generateFulfillmentRequest", method: "POST", path: base + "/initiate-fulfillment-request", status: 204, want: "-",
			body: `{"userId":"00u1","fulfillmentProvider":"yubico","fulfillmentData":[{"productId":"p1","customizationId":"c1","inventoryProductId":"i1"}]}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.WebAuthnPreregistration.GenerateFulfillmentRequest(ctx, &GenerateWebAuthnFulfillmentRequest{
					UserID: "00u1", FulfillmentProvider: FulfillmentProviderYubico,
					FulfillmentData: []FulfillmentOrder{{ProductID: "p1", CustomizationID: "c1", InventoryProductID: "i1"}},
				}))
			},
		},
		{
			op: "sendPin", method: "POST", path: base + "/send-pin", status: 204, want: "-",
			body: `{"userId":"00u1","authenticatorEnrollmentId":"fwf1","fulfillmentProvider":"yubico"}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.WebAuthnPreregistration.SendPIN(ctx, &SendWebAuthnPreregistrationPINRequest{
					UserID: "00u1", AuthenticatorEnrollmentID: "fwf1", FulfillmentProvider: FulfillmentProviderYubico,
				}))
			},
		},
		{
			op: "listWebAuthnPreregistrationFactors", ids: []string{user}, method: "GET", path: base + "/users/" + userEsc + "/enrollments",
			response: []byte("[" + webAuthnFactorPayload + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.WebAuthnPreregistration.ListFactors(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				f := got.([]WebAuthnPreregistrationFactor)
				if len(f) != 1 || f[0].FactorType != FactorTypeWebAuthn || f[0].Status != "FULFILLMENT_ERRORED" {
					t.Errorf("factors = %+v", f)
				}
			},
		},
		{
			op: "deleteWebAuthnPreregistrationFactor", ids: []string{user, enr}, method: "DELETE", path: base + "/users/" + userEsc + "/enrollments/" + enrEsc,
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.WebAuthnPreregistration.DeleteFactor(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "assignFulfillmentErrorWebAuthnPreregistrationFactor", ids: []string{user, enr}, method: "POST",
			path: base + "/users/" + userEsc + "/enrollments/" + enrEsc + "/mark-error", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.WebAuthnPreregistration.MarkFulfillmentError(ctx, ids[0], ids[1]))
			},
		},
	})
}

// TestWebAuthnPreregistrationRoundTrip: unknown members and providers survive.
func TestWebAuthnPreregistrationRoundTrip(t *testing.T) {
	t.Parallel()
	assertRoundTrip[*WebAuthnPreregistrationEnrollment](t, []byte(webAuthnEnrollmentPayload))
	assertRoundTrip[*WebAuthnPreregistrationActivation](t, []byte(`{"fulfillmentProvider":"another","authenticatorEnrollmentIds":[]}`))
	assertRoundTrip[*WebAuthnPreregistrationFactor](t, []byte(webAuthnFactorPayload))
}
