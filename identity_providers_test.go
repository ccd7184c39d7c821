package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
)

// idpCertificate is a certificate to publish, in PEM.
const idpCertificate = "-----BEGIN CERTIFICATE-----\nMIIDqDCCApCgAwIBAgIGAVGNO4qeMA0GCSqGSIb3DQEBBQUA\n-----END CERTIFICATE-----\n"

func identityProvidersCalls(t *testing.T) []apiCall {
	saml := accessFixtureNamed(t, "identity_providers", "getIdentityProvider", "example_saml2")
	oidc := accessFixtureNamed(t, "identity_providers", "getIdentityProvider", "example_oidc")
	key := firstPayload(t, "identity_providers", "getIdentityProviderKey", "")
	signingKey := firstPayload(t, "identity_providers", "getIdentityProviderSigningKey", "")
	csr := firstPayload(t, "identity_providers", "getCsrForIdentityProvider", "")
	user := firstPayload(t, "identity_providers", "getIdentityProviderApplicationUser", "")
	page := map[string]string{"after": "0oa1", "limit": "20"}
	newOIDC := &IdentityProvider{
		Type: IdentityProviderTypeOIDC, Name: "Example OpenID Connect IdP",
		Protocol: &Protocol{
			Type:      ProtocolTypeOIDC,
			Endpoints: &ProtocolEndpoints{Authorization: &ProtocolEndpoint{URL: "https://idp.example.com/authorize", Binding: ProtocolEndpointBindingHTTPRedirect}},
			Scopes:    []string{"openid", "email"},
			Issuer:    &ProtocolEndpoint{URL: "https://idp.example.com"},
			Credentials: &IdentityProviderCredentials{
				Client: &IdentityProviderCredentialsClient{ClientID: "your-client-id", ClientSecret: "your-client-secret"},
			},
		},
		Policy: &IdentityProviderPolicy{
			Provisioning: &Provisioning{Action: ProvisioningActionAuto, ProfileMaster: new(false)},
			Subject:      &PolicySubject{UserNameTemplate: &PolicyUserNameTemplate{Template: "idpuser.email"}, MatchType: PolicySubjectMatchTypeUsername},
			MapAMRClaims: new(false),
		},
	}
	newOIDCJSON := `{"type":"OIDC","name":"Example OpenID Connect IdP","protocol":{"type":"OIDC",
		"endpoints":{"authorization":{"url":"https://idp.example.com/authorize","binding":"HTTP-REDIRECT"}},
		"scopes":["openid","email"],"issuer":{"url":"https://idp.example.com"},
		"credentials":{"client":{"client_id":"your-client-id","client_secret":"your-client-secret"}}},
		"policy":{"provisioning":{"action":"AUTO","profileMaster":false},
		"subject":{"userNameTemplate":{"template":"idpuser.email"},"matchType":"USERNAME"},"mapAMRClaims":false}}`
	isSAML := func(t *testing.T, got any) {
		idp := got.(*IdentityProvider)
		if idp.Type != IdentityProviderTypeSAML2 || idp.Protocol.Endpoints.SSO.Binding != ProtocolEndpointBindingHTTPPost ||
			idp.Protocol.Algorithms.Request.Signature.Scope != ProtocolAlgorithmTypeSignatureScopeRequest ||
			idp.Policy.Subject.MatchType != PolicySubjectMatchTypeUsername || idp.Links.Href("acs") == "" {
			t.Errorf("idp = %+v", idp)
		}
	}
	return []apiCall{
		// Identity providers
		{
			op: "listIdentityProviders", method: "GET", path: "/api/v1/idps",
			query:    map[string]string{"q": "Example", "after": "0oa1", "limit": "20", "type": "SAML2"},
			response: firstPayload(t, "identity_providers", "listIdentityProviders", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.List(ctx, &IdentityProvidersListOptions{Q: "Example", After: "0oa1", Limit: 20, Type: IdentityProviderTypeSAML2})
			},
		},
		{
			op: "createIdentityProvider", method: "POST", path: "/api/v1/idps", body: newOIDCJSON, response: oidc,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Create(ctx, newOIDC)
			},
			check: func(t *testing.T, got any) {
				idp := got.(*IdentityProvider)
				if idp.Protocol.Credentials.Client.ClientID != "your-client-id" || idp.Policy.MaxClockSkew != 120000 ||
					idp.Policy.Provisioning.Groups.Action != ProvisioningGroupsActionSync || idp.Links.Href("authorize") == "" {
					t.Errorf("idp = %+v", idp)
				}
			},
		},
		{
			op: "getIdentityProvider", ids: accessIDs[:1], method: "GET", path: "/api/v1/idps/id%2F1", response: saml,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Get(ctx, ids[0])
			},
			check: isSAML,
		},
		{
			op: "replaceIdentityProvider", ids: accessIDs[:1], method: "PUT", path: "/api/v1/idps/id%2F1", body: newOIDCJSON, response: oidc,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Replace(ctx, ids[0], newOIDC)
			},
		},
		{
			op: "deleteIdentityProvider", ids: accessIDs[:1], method: "DELETE", path: "/api/v1/idps/id%2F1", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentityProviders.Delete(ctx, ids[0]))
			},
		},
		{
			op: "activateIdentityProvider", ids: accessIDs[:1], method: "POST", path: "/api/v1/idps/id%2F1/lifecycle/activate", response: saml,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Activate(ctx, ids[0])
			},
			check: isSAML,
		},
		{
			op: "deactivateIdentityProvider", ids: accessIDs[:1], method: "POST", path: "/api/v1/idps/id%2F1/lifecycle/deactivate", response: oidc,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.Deactivate(ctx, ids[0])
			},
		},
		// IdP key credentials
		{
			op: "listIdentityProviderKeys", method: "GET", path: "/api/v1/idps/credentials/keys", query: page,
			response: firstPayload(t, "identity_providers", "listIdentityProviderKeys", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListKeys(ctx, &IdentityProvidersListKeysOptions{After: "0oa1", Limit: 20})
			},
		},
		{
			op: "createIdentityProviderKey", method: "POST", path: "/api/v1/idps/credentials/keys", status: 200, response: key,
			body: `{"x5c":["MIIDnjCCAoagAwIBAgIGAVG3MN+PMA0GCSqGSIb3DQEBBQUA"]}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.CreateKey(ctx, &JSONWebKey{X5C: []string{"MIIDnjCCAoagAwIBAgIGAVG3MN+PMA0GCSqGSIb3DQEBBQUA"}})
			},
		},
		{
			op: "getIdentityProviderKey", ids: accessIDs[:1], method: "GET", path: "/api/v1/idps/credentials/keys/id%2F1", response: key,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.GetKey(ctx, ids[0])
			},
			check: func(t *testing.T, got any) {
				if k := got.(*JSONWebKey); k.Kid != "your-key-id" || k.X5TS256 == "" || k.ExpiresAt.IsZero() {
					t.Errorf("key = %+v", k)
				}
			},
		},
		{
			op: "deleteIdentityProviderKey", ids: accessIDs[:1], method: "DELETE", path: "/api/v1/idps/credentials/keys/id%2F1", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentityProviders.DeleteKey(ctx, ids[0]))
			},
		},
		// Certificate signing requests
		{
			op: "listCsrsForIdentityProvider", ids: accessIDs[:1], method: "GET", path: "/api/v1/idps/id%2F1/credentials/csrs",
			response: firstPayload(t, "identity_providers", "listCsrsForIdentityProvider", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListCSRs(ctx, ids[0])
			},
		},
		{
			op: "generateCsrForIdentityProvider", ids: accessIDs[:1], method: "POST", path: "/api/v1/idps/id%2F1/credentials/csrs", status: 201, response: csr,
			body: `{"subject":{"countryName":"US","stateOrProvinceName":"California","localityName":"San Francisco","organizationName":"Okta, Inc.",
				"organizationalUnitName":"Dev","commonName":"SP Issuer"},"subjectAltNames":{"dnsNames":["dev.okta.com"]}}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.GenerateCSR(ctx, ids[0], &CSRMetadata{
					Subject: &CSRMetadataSubject{CountryName: "US", StateOrProvinceName: "California", LocalityName: "San Francisco",
						OrganizationName: "Okta, Inc.", OrganizationalUnitName: "Dev", CommonName: "SP Issuer"},
					SubjectAltNames: &CSRMetadataSubjectAltNames{DNSNames: []string{"dev.okta.com"}},
				})
			},
			check: func(t *testing.T, got any) {
				if c := got.(*CSR); c.CSR == "" || c.Links.Href("publish") == "" {
					t.Errorf("csr = %+v", c)
				}
			},
		},
		{
			op: "getCsrForIdentityProvider", ids: accessIDs[:2], method: "GET", path: "/api/v1/idps/id%2F1/credentials/csrs/id%202", response: csr,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.GetCSR(ctx, ids[0], ids[1])
			},
		},
		{
			op: "revokeCsrForIdentityProvider", ids: accessIDs[:2], method: "DELETE", path: "/api/v1/idps/id%2F1/credentials/csrs/id%202", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentityProviders.RevokeCSR(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "publishCsrForIdentityProvider", ids: accessIDs[:2], method: "POST", path: "/api/v1/idps/id%2F1/credentials/csrs/id%202/lifecycle/publish",
			status: 201, response: signingKey,
			checkBody: func(t *testing.T, r *http.Request) { checkRawBody(t, r, "application/x-pem-file", idpCertificate) },
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.PublishCSR(ctx, ids[0], ids[1], []byte(idpCertificate))
			},
		},
		{
			op: "replaceIdentityProviderKey", ids: []string{"kid/1"}, method: "PUT", path: "/api/v1/idps/credentials/keys/kid%2F1", response: key,
			body: `{"kid":"your-key-id","x5c":["MIIDnjCCAoagAwIBAgIGAVG3MN+PMA0GCSqGSIb3DQEBBQUA"]}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ReplaceKey(ctx, ids[0], &JSONWebKey{Kid: "your-key-id", X5C: []string{"MIIDnjCCAoagAwIBAgIGAVG3MN+PMA0GCSqGSIb3DQEBBQUA"}})
			},
		},
		// Signing keys
		{
			op: "listIdentityProviderSigningKeys", ids: accessIDs[:1], method: "GET", path: "/api/v1/idps/id%2F1/credentials/keys",
			response: firstPayload(t, "identity_providers", "listIdentityProviderSigningKeys", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListSigningKeys(ctx, ids[0])
			},
		},
		{
			op: "listActiveIdentityProviderSigningKey", ids: accessIDs[:1], method: "GET", path: "/api/v1/idps/id%2F1/credentials/keys/active",
			response: []byte("[" + string(signingKey) + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListActiveSigningKeys(ctx, ids[0])
			},
		},
		{
			name: "listActiveIdentityProviderSigningKey/none", op: "listActiveIdentityProviderSigningKey", ids: accessIDs[:1], method: "GET",
			path: "/api/v1/idps/id%2F1/credentials/keys/active", status: 204, want: "null",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListActiveSigningKeys(ctx, ids[0])
			},
		},
		{
			op: "generateIdentityProviderSigningKey", ids: accessIDs[:1], method: "POST", path: "/api/v1/idps/id%2F1/credentials/keys/generate",
			query: map[string]string{"validityYears": "2"}, response: signingKey,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.GenerateSigningKey(ctx, ids[0], &IdentityProvidersGenerateSigningKeyOptions{ValidityYears: 2})
			},
		},
		{
			op: "getIdentityProviderSigningKey", ids: accessIDs[:2], method: "GET", path: "/api/v1/idps/id%2F1/credentials/keys/id%202", response: signingKey,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.GetSigningKey(ctx, ids[0], ids[1])
			},
		},
		{
			op: "cloneIdentityProviderKey", ids: accessIDs[:2], method: "POST", path: "/api/v1/idps/id%2F1/credentials/keys/id%202/clone",
			query: map[string]string{"targetIdpId": "0oa2"}, status: 201, response: signingKey,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.CloneSigningKey(ctx, ids[0], ids[1], &IdentityProvidersCloneSigningKeyOptions{TargetIdPID: "0oa2"})
			},
		},
		// Users linked to an identity provider
		{
			op: "listIdentityProviderApplicationUsers", ids: accessIDs[:1], method: "GET", path: "/api/v1/idps/id%2F1/users",
			response: firstPayload(t, "identity_providers", "listIdentityProviderApplicationUsers", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListUsers(ctx, ids[0], nil)
			},
		},
		{
			op: "getIdentityProviderApplicationUser", ids: accessIDs[:2], method: "GET", path: "/api/v1/idps/id%2F1/users/id%202", response: user,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.GetUser(ctx, ids[0], ids[1])
			},
			check: func(t *testing.T, got any) {
				u := got.(*IdentityProviderApplicationUser)
				var email string
				if ok, err := u.Profile.Get("email", &email); !ok || err != nil || email != "john@example.com" || u.ExternalID != "externalId" || u.Created.IsZero() {
					t.Errorf("user = %+v (email %q, %v)", u, email, err)
				}
			},
		},
		{
			op: "linkUserToIdentityProvider", ids: accessIDs[:2], method: "POST", path: "/api/v1/idps/id%2F1/users/id%202",
			body: `{"externalId":"121749775026145"}`, response: user,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.LinkUser(ctx, ids[0], ids[1], &LinkIdentityProviderUserRequest{ExternalID: "121749775026145"})
			},
		},
		{
			op: "unlinkUserFromIdentityProvider", ids: accessIDs[:2], method: "DELETE", path: "/api/v1/idps/id%2F1/users/id%202", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.IdentityProviders.UnlinkUser(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "listSocialAuthTokens", ids: accessIDs[:2], method: "GET", path: "/api/v1/idps/id%2F1/users/id%202/credentials/tokens",
			response: firstPayload(t, "identity_providers", "listSocialAuthTokens", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListSocialAuthTokens(ctx, ids[0], ids[1])
			},
			check: func(t *testing.T, got any) {
				if tok := got.([]SocialAuthToken); len(tok) != 2 || tok[0].TokenAuthScheme != "Bearer" || len(tok[0].Scopes) != 2 || tok[1].ExpiresAt.IsZero() {
					t.Errorf("tokens = %+v", tok)
				}
			},
		},
	}
}

func TestIdentityProvidersRequests(t *testing.T) {
	t.Parallel()
	calls := identityProvidersCalls(t)
	checkCalledOperations(t, calls, "IdentityProvider")
	checkCalledCurrentOperations(t, calls, "IdentityProviderKeys", "IdentityProviderSigningKeys")
	runAPICalls(t, calls)
}

func TestIdentityProvidersErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "identity_providers", identityProvidersCalls(t))
}

func TestIdentityProvidersRoundTrips(t *testing.T) {
	t.Parallel()
	idp := func(t *testing.T, raw []byte) { assertRoundTrip[*IdentityProvider](t, raw) }
	key := func(t *testing.T, raw []byte) { assertRoundTrip[*JSONWebKey](t, raw) }
	keys := func(t *testing.T, raw []byte) { assertRoundTrip[[]JSONWebKey](t, raw) }
	checkRecordedPayloads(t, "identity_providers", map[string]func(*testing.T, []byte){
		"listIdentityProviders":                func(t *testing.T, raw []byte) { assertRoundTrip[[]IdentityProvider](t, raw) },
		"getIdentityProvider":                  idp,
		"listIdentityProviderKeys":             keys,
		"getIdentityProviderKey":               key,
		"listIdentityProviderSigningKeys":      keys,
		"getIdentityProviderSigningKey":        key,
		"listCsrsForIdentityProvider":          func(t *testing.T, raw []byte) { assertRoundTrip[[]CSR](t, raw) },
		"getCsrForIdentityProvider":            func(t *testing.T, raw []byte) { assertRoundTrip[*CSR](t, raw) },
		"listIdentityProviderApplicationUsers": func(t *testing.T, raw []byte) { assertRoundTrip[[]IdentityProviderApplicationUser](t, raw) },
		"getIdentityProviderApplicationUser":   func(t *testing.T, raw []byte) { assertRoundTrip[*IdentityProviderApplicationUser](t, raw) },
		"listSocialAuthTokens":                 func(t *testing.T, raw []byte) { assertRoundTrip[[]SocialAuthToken](t, raw) },
	})
}

func TestIdentityProvidersIterators(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{
		{name: "ListIter", query: map[string]string{"limit": "2"}, path: "/api/v1/idps", first: `[{"id":"0oa1","type":"SAML2"},{"id":"0oa2","type":"GOOGLE"}]`, second: `[{"id":"0oa3","type":"APPLE"}]`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.IdentityProviders.ListIter(ctx, &IdentityProvidersListOptions{Limit: 2}))
			}},
		{name: "ListKeysIter", query: map[string]string{"limit": "2"}, path: "/api/v1/idps/credentials/keys", first: `[{"kid":"k1"},{"kid":"k2"}]`, second: `[{"kid":"k3"}]`,
			walk: func(ctx context.Context, c *Client, ids []string) (int, *Response, error) {
				return countAll(c.IdentityProviders.ListKeysIter(ctx, &IdentityProvidersListKeysOptions{Limit: 2}))
			}},
	})
}

// TestIdentityProviderGetChangeReplaceIsLossless reads an identity provider, changes one setting and sends it
// back: everything Okta sent, the members the SDK does not model and the nulls included, goes back.
func TestIdentityProviderGetChangeReplaceIsLossless(t *testing.T) {
	t.Parallel()
	raw := accessFixtureNamed(t, "identity_providers", "getIdentityProvider", "example_oidc")
	client, mux := setup(t)
	serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			serveJSON(w, 200, raw)
			return
		}
		var want map[string]any
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		want["name"] = "Renamed"
		b, _ := json.Marshal(want)
		testJSONBody(t, r, string(b))
		serveJSON(w, 200, raw)
	})
	idp, _, err := client.IdentityProviders.Get(t.Context(), "0oaulob4BFVa4zQvt0g3")
	if err != nil {
		t.Fatal(err)
	}
	if method := idp.Protocol.Credentials.Client.TokenEndpointAuthMethod; method != OAuthEndpointAuthenticationMethodClientSecretPost {
		t.Errorf("the client's token_endpoint_auth_method (not in the 5.1.0 description) = %q, want client_secret_post", method)
	}
	idp.Name = "Renamed"
	if _, _, err := client.IdentityProviders.Replace(t.Context(), idp.ID, idp); err != nil {
		t.Fatal(err)
	}
}

// TestIdentityProvidersPublishCSRContentTypes checks that PublishCSR sends a certificate with the content type
// of its encoding, and refuses an empty one before sending anything.
func TestIdentityProvidersPublishCSRContentTypes(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, cert, contentType string }{
		{"PEM", idpCertificate, "application/x-pem-file"},
		{"CER", "MIIDqDCCApCgAwIBAgIGAVGNO4qeMA0G\nCSqGSIb3DQEBBQUAMIGUMQswCQYDVQQG\n", "application/x-x509-ca-cert"},
		{"DER", string([]byte{0x30, 0x82, 0x03, 0xa8, 0x30, 0x82, 0x02, 0x90, 0xa0, 0x03}), "application/pkix-cert"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				checkRawBody(t, r, tc.contentType, tc.cert)
				serveJSON(w, 201, []byte(`{"kid":"k1"}`))
			})
			key, _, err := client.IdentityProviders.PublishCSR(t.Context(), "0oa1", "csr1", []byte(tc.cert))
			if err != nil || key.Kid != "k1" {
				t.Errorf("key %+v, err %v", key, err)
			}
		})
	}
	client, _ := setup(t)
	if _, _, err := client.IdentityProviders.PublishCSR(t.Context(), "0oa1", "csr1", nil); err == nil {
		t.Error("an empty certificate was accepted")
	}
}
