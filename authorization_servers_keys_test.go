package okta

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// resourceServerKeyPayload is a resource server encryption key as the API's example describes it, with a
// member this SDK does not model.
const resourceServerKeyPayload = `{"id":"apk2f4zrZbs8nUa7p0g4","kid":"SIMcCQNY3uwXoW3y0vf6VxiBb5n9pf8L2fK8d-FIbm4","kty":"RSA",` +
	`"use":"enc","e":"AQAB","n":"mkC6yAJVvFwUlmM9gKjb2d","status":"ACTIVE","created":"2023-02-21T20:08:24.000Z",` +
	`"lastUpdated":"2023-02-21T20:08:24.000Z","futureMember":{"a":1},"_links":{"self":{"href":"https://test.okta.com/api/v1/authorizationServers/aus1/resourceservercredentials/keys/apk2f4zrZbs8nUa7p0g4"},` +
	`"deactivate":{"href":"https://test.okta.com/api/v1/authorizationServers/aus1/resourceservercredentials/keys/apk2f4zrZbs8nUa7p0g4/lifecycle/deactivate","hints":{"allow":["POST"]}}}}`

// authorizationServerKeyPayload is an authorization server signing key as the API describes it.
const authorizationServerKeyPayload = `{"alg":"RS256","e":"AQAB","n":"g0MirhrysJMPm_wK45jvMbbyanfhl-jmTBv0o69GeifPaISaXGv8LKn3-CyJvUJcjjeHf17Ja",` +
	`"kid":"RQ8DuhdxCczyMvy7GNJb4Ad2ZN4aDpB1HUvCIUsGG7k","kty":"RSA","use":"sig","status":"ACTIVE","futureMember":true,` +
	`"_links":{"self":{"href":"https://test.okta.com/api/v1/authorizationServers/aus1/credentials/keys/RQ8D","hints":{"allow":["GET"]}}}}`

func TestAuthorizationServersKeysRequests(t *testing.T) {
	t.Parallel()
	const as, asEsc = "aus/1 x", "aus%2F1%20x"
	base := "/api/v1/authorizationServers/" + asEsc + "/resourceservercredentials/keys"
	one := []byte(resourceServerKeyPayload)
	calls := []apiCall{
		{
			op: "getAuthorizationServerKey", ids: []string{as, "k/1"}, method: http.MethodGet,
			path: "/api/v1/authorizationServers/" + asEsc + "/credentials/keys/k%2F1", response: []byte(authorizationServerKeyPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetKey(ctx, ids[0], ids[1])
			},
		},
		{
			op: "listOAuth2ResourceServerJsonWebKeys", ids: []string{as}, method: http.MethodGet, path: base,
			response: []byte("[" + resourceServerKeyPayload + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListResourceServerKeys(ctx, ids[0])
			},
		},
		{
			op: "addOAuth2ResourceServerJsonWebKey", ids: []string{as}, method: http.MethodPost, path: base, status: http.StatusCreated,
			body:     `{"kid":"SIMc","kty":"RSA","use":"enc","e":"AQAB","n":"mkC6","status":"ACTIVE"}`,
			response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.CreateResourceServerKey(ctx, ids[0], &OAuth2ClientJWK{
					Kid: "SIMc", Kty: JWKKeyTypeRSA, Use: JWKUseTypeEnc, E: "AQAB", N: "mkC6", Status: LifecycleStatusActive,
				})
			},
		},
		{
			op: "getOAuth2ResourceServerJsonWebKey", ids: []string{as, "apk/1"}, method: http.MethodGet, path: base + "/apk%2F1", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.GetResourceServerKey(ctx, ids[0], ids[1])
			},
		},
		{
			op: "deleteOAuth2ResourceServerJsonWebKey", ids: []string{as, ".."}, method: http.MethodDelete, path: base + "/%2E%2E",
			status: http.StatusNoContent, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.AuthorizationServers.DeleteResourceServerKey(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "activateOAuth2ResourceServerJsonWebKey", ids: []string{as, "apk/1"}, method: http.MethodPost,
			path: base + "/apk%2F1/lifecycle/activate", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ActivateResourceServerKey(ctx, ids[0], ids[1])
			},
		},
		{
			op: "deactivateOAuth2ResourceServerJsonWebKey", ids: []string{as, "apk/1"}, method: http.MethodPost,
			path: base + "/apk%2F1/lifecycle/deactivate", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.DeactivateResourceServerKey(ctx, ids[0], ids[1])
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "OAuth2ResourceServerCredentialsKeys", "AuthorizationServerKeys")
}

// TestResourceServerKeyTypedFields checks the typed fields of a resource server key and that unknown members
// survive a round trip.
func TestResourceServerKeyTypedFields(t *testing.T) {
	t.Parallel()
	k := assertRoundTrip[*OAuth2ClientJWK](t, []byte(resourceServerKeyPayload))
	if k.ID != "apk2f4zrZbs8nUa7p0g4" || k.Kty != JWKKeyTypeRSA || k.Use != JWKUseTypeEnc || k.Status != LifecycleStatusActive ||
		!k.Created.Equal(time.Date(2023, 2, 21, 20, 8, 24, 0, time.UTC)) || k.Links["deactivate"] == nil {
		t.Errorf("key = %+v", k)
	}
	j := assertRoundTrip[*JSONWebKey](t, []byte(authorizationServerKeyPayload))
	if j.Alg != "RS256" || j.Status != "ACTIVE" || j.Use != "sig" {
		t.Errorf("signing key = %+v", j)
	}
}
