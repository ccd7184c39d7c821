package okta

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
)

// IDs with characters that must be escaped, so every test also checks that path parameters are.
const (
	tAppID    = "0oa/app 1"
	tAppEsc   = "0oa%2Fapp%201"
	tUserID   = "00u?user"
	tUserEsc  = "00u%3Fuser"
	tGroupID  = "00g#grp"
	tGroupEsc = "00g%23grp"
	tKeyID    = "key/1"
	tKeyEsc   = "key%2F1"
	tCsrID    = "csr 1"
	tCsrEsc   = "csr%201"
	tGrantID  = "oag/1"
	tGrantEsc = "oag%2F1"
	tTokenID  = "oar/1"
	tTokenEsc = "oar%2F1"
	tPolicyID = "rst/1"
	tPolicyEs = "rst%2F1"
)

func appsCalls(t *testing.T) []apiCall {
	bookmark := &BookmarkApplication{
		ApplicationBase: ApplicationBase{Name: "bookmark", Label: "Bookmark", SignOnMode: ApplicationSignOnModeBookmark},
		Settings: &BookmarkApplicationSettings{App: &BookmarkApplicationSettingsApplication{
			RequestIntegration: new(false),
			URL:                "https://example.com/bookmark.htm",
		}},
	}
	bookmarkJSON := `{"name":"bookmark","label":"Bookmark","signOnMode":"BOOKMARK",
		"settings":{"app":{"requestIntegration":false,"url":"https://example.com/bookmark.htm"}}}`
	feature := `{"name":"USER_PROVISIONING","status":"ENABLED","description":"User provisioning settings from Okta to a downstream application",
		"capabilities":{"create":{"lifecycleCreate":{"status":"ENABLED"}},"update":{"lifecycleDeactivate":{"status":"ENABLED"},
		"profile":{"status":"ENABLED"},"password":{"status":"ENABLED","seed":"RANDOM","change":"CHANGE"}}},
		"_links":{"self":{"href":"https://example.okta.com/api/v1/apps/0oa1/features/USER_PROVISIONING","hints":{"allow":["GET","PUT"]}}}}`
	token := `{"id":"oar579Mcp7OUsNTlo0g3","status":"ACTIVE","created":"2018-03-09T03:18:06.000Z","lastUpdated":"2018-03-09T03:18:06.000Z",
		"expiresAt":"2018-03-16T03:18:06.000Z","issuer":"https://example.okta.com/oauth2/ausain6z9zIedDCxB0h7",
		"clientId":"0oabskvc6442nkvQO0h7","userId":"00u5t60iloOHN9pBi0h7","scopes":["offline_access","car:drive"],
		"_embedded":{"scopes":[{"id":"scppb56cIl4GvGxy70g3","name":"car:drive","displayName":"Saw driving"}]},
		"_links":{"app":{"href":"https://example.okta.com/api/v1/apps/0oabskvc6442nkvQO0h7","title":"Native"}}}`
	connection := `{"authScheme":"TOKEN","status":"ENABLED","_links":{"self":{"href":"https://example.okta.com/api/v1/apps/0oa1/connections/default",
		"hints":{"allow":["GET","POST"]}}}}`
	jwk := firstPayload(t, "apps", "getApplicationKey", "")
	pem := "-----BEGIN CERTIFICATE-----\nMIIDqDCCApCgAwIBAgIGAVGNO4qeMA0GCSqGSIb3DQEBBQUA\n-----END CERTIFICATE-----\n"
	metadata := `<?xml version="1.0" encoding="UTF-8"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="exk39sivhuytV2D8H0h7"/>`

	return []apiCall{
		// Application
		{
			op: "listApplications", method: "GET", path: "/api/v1/apps",
			query:    map[string]string{"q": "Test", "filter": `status eq "ACTIVE"`, "limit": "10", "after": "c1", "expand": "user/00u1", "includeNonDeleted": "false", "useOptimization": "true", "alwaysIncludeVpnSettings": "false"},
			response: firstPayload(t, "apps", "listApplications", ""),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Apps.List(ctx, &AppsListOptions{Q: "Test", Filter: `status eq "ACTIVE"`, Limit: 10, After: "c1", Expand: "user/00u1",
					IncludeNonDeleted: new(false), UseOptimization: new(true), AlwaysIncludeVpnSettings: new(false)})
			},
		},
		{
			op: "createApplication", method: "POST", path: "/api/v1/apps", query: map[string]string{"activate": "false"},
			body: bookmarkJSON, response: firstPayload(t, "apps", "createApplication", ""),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Apps.Create(ctx, bookmark, &AppsCreateOptions{Activate: new(false)})
			},
		},
		{
			op: "getApplication", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc, query: map[string]string{"expand": "user/00u1"},
			response: firstPayload(t, "apps", "getApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Get(ctx, ids[0], &AppsGetOptions{Expand: "user/00u1"})
			},
		},
		{
			op: "replaceApplication", ids: []string{tAppID}, method: "PUT", path: "/api/v1/apps/" + tAppEsc, body: bookmarkJSON,
			response: firstPayload(t, "apps", "replaceApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.Replace(ctx, ids[0], bookmark)
			},
		},
		{
			op: "deleteApplication", ids: []string{tAppID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.Delete(ctx, ids[0])
				return nil, resp, err
			},
		},
		{
			op: "activateApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/lifecycle/activate", response: []byte(`{}`), want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.Activate(ctx, ids[0])
				return nil, resp, err
			},
		},
		{
			op: "deactivateApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/lifecycle/deactivate", response: []byte(`{}`), want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.Deactivate(ctx, ids[0])
				return nil, resp, err
			},
		},
		// ApplicationLogos, ApplicationPolicies, ApplicationSSO
		{
			op: "uploadApplicationLogo", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/logo", status: 201, want: "-",
			checkBody: func(t *testing.T, r *http.Request) {
				checkMultipartFile(t, r, "file", "logo.png", "image/png", "\x89PNG\r\n\x1a\nlogo")
			},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.UploadLogo(ctx, ids[0], strings.NewReader("\x89PNG\r\n\x1a\nlogo"), "logo.png")
				return nil, resp, err
			},
		},
		{
			op: "assignApplicationPolicy", ids: []string{tAppID, tPolicyID}, method: "PUT", path: "/api/v1/apps/" + tAppEsc + "/policies/" + tPolicyEs, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.AssignPolicy(ctx, ids[0], ids[1])
				return nil, resp, err
			},
		},
		{
			op: "previewSAMLmetadataForApplication", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/sso/saml/metadata",
			query: map[string]string{"kid": "test-key-id"}, response: []byte(metadata),
			checkBody: func(t *testing.T, r *http.Request) {
				if got := r.Header.Get("Accept"); !strings.Contains(got, "text/xml") {
					t.Errorf("Accept = %q, want text/xml", got)
				}
			},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.PreviewSAMLMetadata(ctx, ids[0], &AppsPreviewSAMLMetadataOptions{Kid: "test-key-id"})
			},
		},
		// ApplicationUsers
		{
			op: "listApplicationUsers", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/users",
			query:    map[string]string{"q": "john", "query_scope": "USER", "after": "c1", "limit": "5", "filter": `scope eq "USER"`, "expand": "user"},
			response: firstPayload(t, "apps", "listApplicationUsers", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListUsers(ctx, ids[0], &AppsListUsersOptions{Q: "john", QueryScope: "USER", After: "c1", Limit: 5, Filter: `scope eq "USER"`, Expand: "user"})
			},
		},
		{
			op: "assignUserToApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/users",
			body:     `{"id":"00u1","scope":"USER","credentials":{"userName":"john@example.com","password":{"value":"secret"}},"profile":{"nickName":"J"}}`,
			response: firstPayload(t, "apps", "assignUserToApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.AssignUser(ctx, ids[0], &AppUser{
					ID: "00u1", Scope: AppUserScopeUser,
					Credentials: &AppUserCredentials{UserName: "john@example.com", Password: &AppUserPasswordCredential{Value: "secret"}},
					Profile:     Extra{"nickName": json.RawMessage(`"J"`)},
				})
			},
		},
		{
			op: "getApplicationUser", ids: []string{tAppID, tUserID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/users/" + tUserEsc, query: map[string]string{"expand": "user"},
			response: firstPayload(t, "apps", "getApplicationUser", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetUser(ctx, ids[0], ids[1], &AppsGetUserOptions{Expand: "user"})
			},
		},
		{
			op: "updateApplicationUser", ids: []string{tAppID, tUserID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/users/" + tUserEsc,
			body: `{"credentials":{"userName":"JohnJohnJohn"}}`, response: firstPayload(t, "apps", "updateApplicationUser", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.UpdateUser(ctx, ids[0], ids[1], &AppUser{Credentials: &AppUserCredentials{UserName: "JohnJohnJohn"}})
			},
		},
		{
			op: "unassignUserFromApplication", ids: []string{tAppID, tUserID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc + "/users/" + tUserEsc,
			query: map[string]string{"sendEmail": "false"}, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.UnassignUser(ctx, ids[0], ids[1], &AppsUnassignUserOptions{SendEmail: new(false)})
				return nil, resp, err
			},
		},
		// ApplicationGroups
		{
			op: "listApplicationGroupAssignments", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/groups",
			query:    map[string]string{"q": "Eng", "after": "c1", "limit": "2", "expand": "group"},
			response: firstPayload(t, "apps", "listApplicationGroupAssignments", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListGroups(ctx, ids[0], &AppsListGroupsOptions{Q: "Eng", After: "c1", Limit: 2, Expand: "group"})
			},
		},
		{
			op: "assignGroupToApplication", ids: []string{tAppID, tGroupID}, method: "PUT", path: "/api/v1/apps/" + tAppEsc + "/groups/" + tGroupEsc,
			body: `{"priority":0,"profile":{"role":"admin"}}`, response: firstPayload(t, "apps", "assignGroupToApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.AssignGroup(ctx, ids[0], ids[1], &ApplicationGroupAssignment{Priority: new(0), Profile: Extra{"role": json.RawMessage(`"admin"`)}})
			},
		},
		{
			op: "getApplicationGroupAssignment", ids: []string{tAppID, tGroupID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/groups/" + tGroupEsc,
			query: map[string]string{"expand": "group"}, response: firstPayload(t, "apps", "getApplicationGroupAssignment", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetGroup(ctx, ids[0], ids[1], &AppsGetGroupOptions{Expand: "group"})
			},
		},
		{
			op: "unassignApplicationFromGroup", ids: []string{tAppID, tGroupID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc + "/groups/" + tGroupEsc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.UnassignGroup(ctx, ids[0], ids[1])
				return nil, resp, err
			},
		},
		// ApplicationCredentials
		{
			op: "generateApplicationKey", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/credentials/keys/generate",
			query: map[string]string{"validityYears": "2"}, status: 201, response: firstPayload(t, "apps", "generateApplicationKey", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GenerateKey(ctx, ids[0], &AppsGenerateKeyOptions{ValidityYears: 2})
			},
		},
		{
			op: "listApplicationKeys", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/credentials/keys", response: firstPayload(t, "apps", "listApplicationKeys", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListKeys(ctx, ids[0])
			},
		},
		{
			op: "getApplicationKey", ids: []string{tAppID, tKeyID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/credentials/keys/" + tKeyEsc, response: jwk,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetKey(ctx, ids[0], ids[1])
			},
		},
		{
			op: "cloneApplicationKey", ids: []string{tAppID, tKeyID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/credentials/keys/" + tKeyEsc + "/clone",
			query: map[string]string{"targetAid": "0oa2"}, status: 201, response: firstPayload(t, "apps", "cloneApplicationKey", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.CloneKey(ctx, ids[0], ids[1], &AppsCloneKeyOptions{TargetAID: "0oa2"})
			},
		},
		{
			op: "generateCsrForApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/credentials/csrs", status: 201,
			body: `{"subject":{"countryName":"US","stateOrProvinceName":"California","localityName":"San Francisco","organizationName":"Okta, Inc.",
				"organizationalUnitName":"Dev","commonName":"SP Issuer"},"subjectAltNames":{"dnsNames":["dev.okta.com"]}}`,
			response: firstPayload(t, "apps", "generateCsrForApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GenerateCSR(ctx, ids[0], &CSRMetadata{
					Subject: &CSRMetadataSubject{CountryName: "US", StateOrProvinceName: "California", LocalityName: "San Francisco",
						OrganizationName: "Okta, Inc.", OrganizationalUnitName: "Dev", CommonName: "SP Issuer"},
					SubjectAltNames: &CSRMetadataSubjectAltNames{DNSNames: []string{"dev.okta.com"}},
				})
			},
		},
		{
			op: "listCsrsForApplication", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/credentials/csrs",
			response: []byte("[" + string(firstPayload(t, "apps", "getCsrForApplication", "")) + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListCSRs(ctx, ids[0])
			},
		},
		{
			op: "getCsrForApplication", ids: []string{tAppID, tCsrID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/credentials/csrs/" + tCsrEsc,
			response: firstPayload(t, "apps", "getCsrForApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetCSR(ctx, ids[0], ids[1])
			},
		},
		{
			op: "revokeCsrFromApplication", ids: []string{tAppID, tCsrID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc + "/credentials/csrs/" + tCsrEsc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.RevokeCSR(ctx, ids[0], ids[1])
				return nil, resp, err
			},
		},
		{
			op: "publishCsrFromApplication", ids: []string{tAppID, tCsrID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/credentials/csrs/" + tCsrEsc + "/lifecycle/publish",
			status: 201, response: jwk,
			checkBody: func(t *testing.T, r *http.Request) { checkRawBody(t, r, "application/x-pem-file", pem) },
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.PublishCSR(ctx, ids[0], ids[1], []byte(pem))
			},
		},
		// ApplicationGrants
		{
			op: "listScopeConsentGrants", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/grants", query: map[string]string{"expand": "scope"},
			response: firstPayload(t, "apps", "listScopeConsentGrants", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListGrants(ctx, ids[0], &AppsListGrantsOptions{Expand: "scope"})
			},
		},
		{
			op: "grantConsentToScope", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/grants", status: 201,
			body:     `{"issuer":"https://test.okta.com","scopeId":"okta.users.read"}`,
			response: firstPayload(t, "apps", "grantConsentToScope", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GrantConsent(ctx, ids[0], &OAuth2ScopeConsentGrant{Issuer: "https://test.okta.com", ScopeID: "okta.users.read"})
			},
		},
		{
			op: "getScopeConsentGrant", ids: []string{tAppID, tGrantID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/grants/" + tGrantEsc, query: map[string]string{"expand": "scope"},
			response: firstPayload(t, "apps", "getScopeConsentGrant", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetGrant(ctx, ids[0], ids[1], &AppsGetGrantOptions{Expand: "scope"})
			},
		},
		{
			op: "revokeScopeConsentGrant", ids: []string{tAppID, tGrantID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc + "/grants/" + tGrantEsc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.RevokeGrant(ctx, ids[0], ids[1])
				return nil, resp, err
			},
		},
		// ApplicationTokens
		{
			op: "listOAuth2TokensForApplication", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/tokens",
			query: map[string]string{"expand": "scope", "after": "c1", "limit": "10"}, response: []byte("[" + token + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListTokens(ctx, ids[0], &AppsListTokensOptions{Expand: "scope", After: "c1", Limit: 10})
			},
		},
		{
			op: "getOAuth2TokenForApplication", ids: []string{tAppID, tTokenID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/tokens/" + tTokenEsc,
			query: map[string]string{"expand": "scope"}, response: []byte(token),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetToken(ctx, ids[0], ids[1], &AppsGetTokenOptions{Expand: "scope"})
			},
		},
		{
			op: "revokeOAuth2TokenForApplication", ids: []string{tAppID, tTokenID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc + "/tokens/" + tTokenEsc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.RevokeToken(ctx, ids[0], ids[1])
				return nil, resp, err
			},
		},
		{
			op: "revokeOAuth2TokensForApplication", ids: []string{tAppID}, method: "DELETE", path: "/api/v1/apps/" + tAppEsc + "/tokens", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.RevokeTokens(ctx, ids[0])
				return nil, resp, err
			},
		},
		// ApplicationFeatures
		{
			op: "listFeaturesForApplication", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/features", response: []byte("[" + feature + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ListFeatures(ctx, ids[0])
			},
		},
		{
			op: "getFeatureForApplication", ids: []string{tAppID, string(ApplicationFeatureNameUserProvisioning)}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/features/USER_PROVISIONING", response: []byte(feature),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetFeature(ctx, ids[0], ApplicationFeatureName(ids[1]))
			},
		},
		{
			op: "updateFeatureForApplication", ids: []string{tAppID, string(ApplicationFeatureNameUserProvisioning)}, method: "PUT", path: "/api/v1/apps/" + tAppEsc + "/features/USER_PROVISIONING",
			body: `{"create":{"lifecycleCreate":{"status":"ENABLED"}},"update":{"lifecycleDeactivate":{"status":"ENABLED"},
				"profile":{"status":"ENABLED"},"password":{"status":"ENABLED","seed":"RANDOM","change":"CHANGE"}}}`,
			response: []byte(feature),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.ReplaceFeature(ctx, ids[0], ApplicationFeatureName(ids[1]), &CapabilitiesObject{
					Create: &CapabilitiesCreateObject{LifecycleCreate: &LifecycleCreateSettingObject{Status: EnabledStatusEnabled}},
					Update: &CapabilitiesUpdateObject{
						LifecycleDeactivate: &LifecycleDeactivateSettingObject{Status: EnabledStatusEnabled},
						Profile:             &ProfileSettingObject{Status: EnabledStatusEnabled},
						Password:            &PasswordSettingObject{Status: EnabledStatusEnabled, Seed: SeedEnumRandom, Change: ChangeEnumChange},
					},
				})
			},
		},
		// ApplicationConnections
		{
			op: "getDefaultProvisioningConnectionForApplication", ids: []string{tAppID}, method: "GET", path: "/api/v1/apps/" + tAppEsc + "/connections/default",
			response: firstPayload(t, "apps", "getDefaultProvisioningConnectionForApplication", ""),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.GetDefaultProvisioningConnection(ctx, ids[0])
			},
		},
		{
			op: "updateDefaultProvisioningConnectionForApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/connections/default",
			query: map[string]string{"activate": "true"}, status: 201, response: []byte(connection),
			body: `{"profile":{"authScheme":"TOKEN","token":"00NgAPZqUVy8cX9ehNzzahEE5b-On9sImTcInvWp-x"}}`,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Apps.UpdateDefaultProvisioningConnection(ctx, ids[0], &UpdateDefaultProvisioningConnectionRequest{
					Profile: &ProvisioningConnectionProfile{AuthScheme: ProvisioningConnectionAuthSchemeToken, Token: "00NgAPZqUVy8cX9ehNzzahEE5b-On9sImTcInvWp-x"},
				}, &AppsUpdateDefaultProvisioningConnectionOptions{Activate: new(true)})
			},
		},
		{
			op: "activateDefaultProvisioningConnectionForApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/connections/default/lifecycle/activate",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.ActivateDefaultProvisioningConnection(ctx, ids[0])
				return nil, resp, err
			},
		},
		{
			op: "deactivateDefaultProvisioningConnectionForApplication", ids: []string{tAppID}, method: "POST", path: "/api/v1/apps/" + tAppEsc + "/connections/default/lifecycle/deactivate",
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				resp, err := c.Apps.DeactivateDefaultProvisioningConnection(ctx, ids[0])
				return nil, resp, err
			},
		},
	}
}

// TestAppsRequests calls each AppsService method against a fake Okta and checks the method, escaped path,
// query and body it sends and the value it returns; every operation of the Application* tags has a call.
func TestAppsRequests(t *testing.T) {
	t.Parallel()
	calls := appsCalls(t)
	checkCalledOperations(t, calls, "Application*")
	runAPICalls(t, calls)
}

// TestAppsRecordedErrors answers each call with an error body recorded for its operation and checks the error
// the method returns.
func TestAppsRecordedErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "apps", appsCalls(t))
}

// TestAppsEmptyIDs checks that the iterators refuse an empty or blank ID before sending anything (runAPICalls
// checks the other methods).
func TestAppsEmptyIDs(t *testing.T) {
	t.Parallel()
	runEmptyIDs(t, []apiCall{
		{name: "ListUsersIter", op: "listApplicationUsers", ids: []string{tAppID}, call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Apps.ListUsersIter(ctx, ids[0], nil))
		}},
		{name: "ListGroupsIter", op: "listApplicationGroupAssignments", ids: []string{tAppID}, call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Apps.ListGroupsIter(ctx, ids[0], nil))
		}},
		{name: "ListTokensIter", op: "listOAuth2TokensForApplication", ids: []string{tAppID}, call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
			return nil, nil, iterErr(c.Apps.ListTokensIter(ctx, ids[0], nil))
		}},
	})
}

// checkMultipartFile fails the test unless r's body is multipart/form-data with one file part.
func checkMultipartFile(t *testing.T, r *http.Request, field, filename, contentType, content string) {
	t.Helper()
	mediaType, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mediaType != "multipart/form-data" || params["boundary"] == "" {
		t.Fatalf("Content-Type = %q, want multipart/form-data with a boundary", r.Header.Get("Content-Type"))
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	part, err := mr.NextPart()
	if err != nil {
		t.Fatalf("reading the part: %v", err)
	}
	if part.FormName() != field || part.FileName() != filename || part.Header.Get("Content-Type") != contentType {
		t.Errorf("part %q, file %q, type %q; want %q, %q, %q", part.FormName(), part.FileName(), part.Header.Get("Content-Type"), field, filename, contentType)
	}
	b, _ := io.ReadAll(part)
	if string(b) != content {
		t.Errorf("file content = %q, want %q", b, content)
	}
	if _, err := mr.NextPart(); err != io.EOF {
		t.Errorf("more than one part: %v", err)
	}
}

// checkRawBody fails the test unless r's body is content with the content type contentType.
func checkRawBody(t *testing.T, r *http.Request, contentType, content string) {
	t.Helper()
	if got := r.Header.Get("Content-Type"); got != contentType {
		t.Errorf("Content-Type = %q, want %q", got, contentType)
	}
	b, _ := io.ReadAll(r.Body)
	if string(b) != content {
		t.Errorf("body = %q, want %q", b, content)
	}
}

// TestAppsIterators walks each paginated list over two pages linked by a Link header and checks that the
// options are kept and the cursor followed.
func TestAppsIterators(t *testing.T) {
	t.Parallel()
	type page struct{ first, second string }
	cases := []struct {
		name  string
		path  string
		pages page
		walk  func(ctx context.Context, c *Client) (int, error)
	}{
		{"ListIter", "/api/v1/apps", page{
			`[{"id":"0oa1","signOnMode":"BOOKMARK"},{"id":"0oa2","signOnMode":"SAML_2_0"}]`, `[{"id":"0oa3","signOnMode":"NEW"}]`,
		}, func(ctx context.Context, c *Client) (int, error) {
			n := 0
			for app, err := range c.Apps.ListIter(ctx, &AppsListOptions{Limit: 2}).All() {
				if err != nil {
					return n, err
				}
				if app.Base().ID == "" {
					return n, errors.New("an application without ID")
				}
				n++
			}
			return n, nil
		}},
		{"ListUsersIter", "/api/v1/apps/" + tAppEsc + "/users", page{`[{"id":"00u1"},{"id":"00u2"}]`, `[{"id":"00u3"}]`},
			func(ctx context.Context, c *Client) (int, error) {
				it := c.Apps.ListUsersIter(ctx, tAppID, &AppsListUsersOptions{Limit: 2})
				n := 0
				for it.Next() {
					n++
				}
				return n, it.Err()
			}},
		{"ListGroupsIter", "/api/v1/apps/" + tAppEsc + "/groups", page{`[{"id":"00g1"},{"id":"00g2"}]`, `[{"id":"00g3"}]`},
			func(ctx context.Context, c *Client) (int, error) {
				it := c.Apps.ListGroupsIter(ctx, tAppID, &AppsListGroupsOptions{Limit: 2})
				n := 0
				for it.Next() {
					n++
				}
				return n, it.Err()
			}},
		{"ListTokensIter", "/api/v1/apps/" + tAppEsc + "/tokens", page{`[{"id":"oar1"},{"id":"oar2"}]`, `[{"id":"oar3"}]`},
			func(ctx context.Context, c *Client) (int, error) {
				it := c.Apps.ListTokensIter(ctx, tAppID, &AppsListTokensOptions{Limit: 2})
				n := 0
				for it.Next() {
					n++
				}
				return n, it.Err()
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			requests := 0
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				requests++
				if got := r.URL.EscapedPath(); got != tc.path {
					t.Errorf("path = %s, want %s", got, tc.path)
				}
				switch requests {
				case 1:
					testQuery(t, r, map[string]string{"limit": "2"})
					w.Header().Add("Link", `<https://test.okta.com`+tc.path+`?limit=2>; rel="self"`)
					w.Header().Add("Link", `<https://test.okta.com`+tc.path+`?after=next1&limit=2>; rel="next"`)
					serveJSON(w, 200, []byte(tc.pages.first))
				default:
					testQuery(t, r, map[string]string{"limit": "2", "after": "next1"})
					serveJSON(w, 200, []byte(tc.pages.second))
				}
			})
			n, err := tc.walk(t.Context(), client)
			if err != nil {
				t.Fatal(err)
			}
			if n != 3 || requests != 2 {
				t.Errorf("%d items in %d requests, want 3 in 2", n, requests)
			}
		})
	}
}

// TestAppsPublishCSRContentTypes checks that PublishCSR sends a certificate with the content type of its
// encoding, and refuses an empty one.
func TestAppsPublishCSRContentTypes(t *testing.T) {
	t.Parallel()
	der := []byte{0x30, 0x82, 0x03, 0xa8, 0x30, 0x82, 0x02, 0x90, 0xa0, 0x03}
	cases := []struct {
		name, cert, contentType string
	}{
		{"PEM", "-----BEGIN CERTIFICATE-----\nMIIDqDCCApCg\n-----END CERTIFICATE-----\n", "application/x-pem-file"},
		{"CER", "MIIDqDCCApCgAwIBAgIGAVGNO4qeMA0G\nCSqGSIb3DQEBBQUAMIGUMQswCQYDVQQG\n", "application/x-x509-ca-cert"},
		{"DER", string(der), "application/pkix-cert"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				checkRawBody(t, r, tc.contentType, tc.cert)
				serveJSON(w, 201, []byte(`{"kid":"k1","kty":"RSA"}`))
			})
			key, _, err := client.Apps.PublishCSR(t.Context(), "0oa1", "csr1", []byte(tc.cert))
			if err != nil || key.Kid != "k1" {
				t.Errorf("PublishCSR = %+v, %v", key, err)
			}
		})
	}
	t.Run("empty", func(t *testing.T) {
		t.Parallel()
		client, _ := setup(t)
		if _, _, err := client.Apps.PublishCSR(t.Context(), "0oa1", "csr1", []byte(" \n")); err == nil || !strings.Contains(err.Error(), "certificate is empty") {
			t.Errorf("error = %v, want one saying the certificate is empty", err)
		}
	})
}

// TestAppsUploadLogo checks the multipart upload's content type from the file name or the content, and the
// errors for a missing or unreadable file.
func TestAppsUploadLogo(t *testing.T) {
	t.Parallel()
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
	cases := []struct {
		name, filename, content, wantName, wantType string
	}{
		{"svg by extension", "logo.SVG", "<svg/>", "logo.SVG", "image/svg+xml"},
		{"sniffed without a name", "", png, "file", "image/png"},
		{"quoted name", `my "logo".gif`, "GIF89a", `my "logo".gif`, "image/gif"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				checkMultipartFile(t, r, "file", tc.wantName, tc.wantType, tc.content)
				w.WriteHeader(http.StatusCreated)
			})
			if _, err := client.Apps.UploadLogo(t.Context(), "0oa1", strings.NewReader(tc.content), tc.filename); err != nil {
				t.Fatal(err)
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		t.Parallel()
		client, _ := setup(t)
		if _, err := client.Apps.UploadLogo(t.Context(), "0oa1", nil, "logo.png"); err == nil || !strings.Contains(err.Error(), "nil") {
			t.Errorf("nil file: error = %v", err)
		}
		failing := io.MultiReader(strings.NewReader("x"), errReader{})
		if _, err := client.Apps.UploadLogo(t.Context(), "0oa1", failing, "logo.png"); err == nil || !strings.Contains(err.Error(), "reading the file") {
			t.Errorf("unreadable file: error = %v", err)
		}
	})
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }
