package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
)

func TestAppsClientCredentialsMethods(t *testing.T) {
	t.Parallel()
	const dir = "apps_client_credentials"
	recorded := func(op string) []byte { return firstPayload(t, dir, op, "") }
	const app, appEsc = "0oa/1", "0oa%2F1"
	const sec, secEsc = "ocs/1", "ocs%2F1"
	secrets := "/api/v1/apps/" + appEsc + "/credentials/secrets"
	jwks := "/api/v1/apps/" + appEsc + "/credentials/jwks"
	calls := []apiCall{
		{
			op: "listOAuth2ClientSecrets", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListClientSecrets(ctx, ids[0])
			},
			method: http.MethodGet, path: secrets, response: recorded("listOAuth2ClientSecrets"),
			check: func(t *testing.T, got any) {
				s := got.([]OAuth2ClientSecret)
				if len(s) != 1 || s[0].Status != LifecycleStatusActive || s[0].SecretHash != "ryjGcJw-rwrUtHi-1DeWng" || s[0].Created.IsZero() {
					t.Errorf("secrets = %+v", s)
				}
			},
		},
		{
			name: "createOAuth2ClientSecret/generated", op: "createOAuth2ClientSecret", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateClientSecret(ctx, ids[0], nil)
			},
			method: http.MethodPost, path: secrets, body: `{}`, status: http.StatusCreated,
			response: recorded("createOAuth2ClientSecret"),
		},
		{
			name: "createOAuth2ClientSecret/own", op: "createOAuth2ClientSecret", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateClientSecret(ctx, ids[0], &CreateOAuth2ClientSecretRequest{ClientSecret: "s3cr3t-of-my-own", Status: LifecycleStatusInactive})
			},
			method: http.MethodPost, path: secrets, body: `{"client_secret": "s3cr3t-of-my-own", "status": "INACTIVE"}`,
			status: http.StatusCreated, response: recorded("createOAuth2ClientSecret"),
		},
		{
			op: "getOAuth2ClientSecret", ids: []string{app, sec},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetClientSecret(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: secrets + "/" + secEsc, response: recorded("getOAuth2ClientSecret"),
		},
		{
			op: "deleteOAuth2ClientSecret", ids: []string{app, sec},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteClientSecret(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: secrets + "/" + secEsc, status: http.StatusNoContent, want: "-",
		},
		{
			op: "activateOAuth2ClientSecret", ids: []string{app, sec},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ActivateClientSecret(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: secrets + "/" + secEsc + "/lifecycle/activate", response: recorded("activateOAuth2ClientSecret"),
		},
		{
			op: "deactivateOAuth2ClientSecret", ids: []string{app, sec},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.DeactivateClientSecret(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: secrets + "/" + secEsc + "/lifecycle/deactivate", response: recorded("deactivateOAuth2ClientSecret"),
			check: func(t *testing.T, got any) {
				if s := got.(*OAuth2ClientSecret); s.Status != LifecycleStatusInactive {
					t.Errorf("status = %q, want INACTIVE", s.Status)
				}
			},
		},
		{
			op: "listJwk", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListJWKs(ctx, ids[0])
			},
			method: http.MethodGet, path: jwks, response: recorded("listJwk"),
			want: mustKeys(t, recorded("listJwk")),
			check: func(t *testing.T, got any) {
				k := got.([]OAuth2ClientJWK)
				if len(k) != 3 || k[0].Kty != JWKKeyTypeRSA || k[1].Kty != JWKKeyTypeEC || k[1].Crv != "P-256" || k[2].Use != JWKUseTypeEnc {
					t.Errorf("keys = %+v", k)
				}
				if ok, err := k[2].Extra.Get("futureMember", new(any)); !ok || err != nil {
					t.Errorf("futureMember not kept: %v %v", ok, err)
				}
			},
		},
		{
			op: "addJwk", ids: []string{app},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CreateJWK(ctx, ids[0], &OAuth2ClientJWK{
					Kid: "ec-key-1", Kty: JWKKeyTypeEC, Alg: "ES256", Use: JWKUseTypeSig, Status: LifecycleStatusInactive, Crv: "P-256",
					X: "jI2Jb8k0CLYNaqKsaexbNL2J4ZdtVJyPTUd7HhJm3wM", Y: "Q2ue6AjEthOFb0YdU8CMxFcxRyXNkjsDO5qW3sKKbxE",
				})
			},
			method: http.MethodPost, path: jwks, body: string(fixture(t, dir+"/requests/addJwk.sample.ec_signing.json")),
			status: http.StatusCreated, response: recorded("addJwk"),
		},
		{
			op: "getJwk", ids: []string{app, "pks/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetJWK(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: jwks + "/pks%2F1", response: recorded("getJwk"),
		},
		{
			op: "deletejwk", ids: []string{app, "pks/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Apps.DeleteJWK(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: jwks + "/pks%2F1", status: http.StatusNoContent, want: "-",
		},
		{
			op: "activateOAuth2ClientJsonWebKey", ids: []string{app, "pks/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ActivateJWK(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: jwks + "/pks%2F1/lifecycle/activate", response: recorded("getJwk"),
		},
		{
			op: "deactivateOAuth2ClientJsonWebKey", ids: []string{app, "pks/1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.DeactivateJWK(ctx, ids[0], ids[1])
			},
			method: http.MethodPost, path: jwks + "/pks%2F1/lifecycle/deactivate", response: recorded("getJwk"),
		},
	}
	checkCalledCurrentOperations(t, calls, "ApplicationSSOPublicKeys")
	runAPICalls(t, calls)
}

// mustKeys returns the "keys" member of a JWKS document, the list ListJWKs returns.
func mustKeys(t *testing.T, raw []byte) string {
	t.Helper()
	var set struct {
		Keys json.RawMessage `json:"keys"`
	}
	if err := decodeJSON(raw, &set); err != nil {
		t.Fatal(err)
	}
	return string(set.Keys)
}

func TestAppsClientCredentialsRecorded(t *testing.T) {
	t.Parallel()
	secret := func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2ClientSecret](t, raw) }
	key := func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2ClientJWK](t, raw) }
	checkRecordedPayloads(t, "apps_client_credentials", map[string]func(*testing.T, []byte){
		"listOAuth2ClientSecrets":      func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2ClientSecret](t, raw) },
		"createOAuth2ClientSecret":     secret,
		"getOAuth2ClientSecret":        secret,
		"activateOAuth2ClientSecret":   secret,
		"deactivateOAuth2ClientSecret": secret,
		"listJwk":                      func(t *testing.T, raw []byte) { assertRoundTrip[*oauth2ClientJWKS](t, raw) },
		"addJwk":                       key,
		"getJwk":                       key,
		"requests/addJwk":              key,
	})
}

func TestAppsClientCredentialsRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "apps_client_credentials", []apiCall{
		{op: "addJwk", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Apps.CreateJWK(ctx, "0oas92c5r8A1EQacI5d7", &OAuth2ClientJWK{Kty: JWKKeyTypeRSA, Use: JWKUseTypeSig, E: "AQAB", N: "c2hvcnQ"})
		}},
	})
}
