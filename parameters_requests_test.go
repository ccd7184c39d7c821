package okta

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The parameters Okta's current description adds to operations of 5.1.0 (TestParameterDrift): each request
// carries them, iterators walk the lists that now page, and nil options send nothing more than before.

func TestCurrentParametersAreSent(t *testing.T) {
	t.Parallel()
	user := `{"id": "00u1", "status": "ACTIVE"}`
	runAPICalls(t, []apiCall{
		{
			name: "Users.List fields and omissions",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Users.List(ctx, &UsersListOptions{Fields: "status,profile:(firstName)", Omit: UserOmitCredentials | UserOmitTransitioningToStatus})
			},
			method: http.MethodGet, path: "/api/v1/users",
			query:    map[string]string{"fields": "status,profile:(firstName)"},
			header:   map[string]string{"Content-Type": `application/json; okta-response="omitCredentials,omitTransitioningToStatus"`},
			response: []byte(`[` + user + `]`),
		},
		{
			name: "Users.Get expand and omissions",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Get(ctx, ids[0], &UsersGetOptions{Expand: UserExpandBlocks, Omit: UserOmitCredentialsLinks})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1",
			query:    map[string]string{"expand": "blocks"},
			header:   map[string]string{"Content-Type": `application/json; okta-response="omitCredentialsLinks"`},
			response: []byte(user),
		},
		{
			name: "Users.Update If-Match",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Update(ctx, ids[0], &UpdateUserRequest{Profile: &UserProfile{NickName: "JD"}}, &UsersUpdateOptions{IfMatch: `W/"1234"`})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1",
			body:     `{"profile": {"nickName": "JD"}}`,
			header:   map[string]string{"If-Match": `W/"1234"`, "Content-Type": "application/json"},
			response: []byte(user),
		},
		{
			name: "Users.Replace If-Match",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Replace(ctx, ids[0], &User{ID: "00u1"}, &UsersReplaceOptions{IfMatch: `W/"1234"`, Strict: new(true)})
			},
			method: http.MethodPut, path: "/api/v1/users/00u1",
			query:    map[string]string{"strict": "true"},
			body:     `{"id": "00u1"}`,
			header:   map[string]string{"If-Match": `W/"1234"`},
			response: []byte(user),
		},
		{
			name: "Users.Delete Prefer",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Delete(ctx, ids[0], &UsersDeleteOptions{Prefer: PreferRespondAsync}))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1", status: http.StatusAccepted, want: "-",
			header: map[string]string{"Prefer": "respond-async"},
		},
		{
			name: "Users.Deactivate Prefer",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Deactivate(ctx, ids[0], &UsersDeactivateOptions{Prefer: PreferRespondAsync, SendEmail: new(false)}))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/deactivate", want: "-",
			query:  map[string]string{"sendEmail": "false"},
			header: map[string]string{"Prefer": "respond-async"},
		},
		{
			name: "Users.RevokeSessions forgetDevices",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeSessions(ctx, ids[0], &UsersRevokeSessionsOptions{ForgetDevices: new(false), OAuthTokens: new(true)}))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/sessions", status: http.StatusNoContent, want: "-",
			query: map[string]string{"forgetDevices": "false", "oauthTokens": "true"},
		},
		{
			name: "UserFactors.Enroll Accept-Language",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Enroll(ctx, ids[0], &SMSUserFactor{Profile: &SMSUserFactorProfile{PhoneNumber: "+15555550100"}}, &UserFactorsEnrollOptions{AcceptLanguage: "fr"})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors",
			body:     `{"factorType": "sms", "profile": {"phoneNumber": "+15555550100"}}`,
			header:   map[string]string{"Accept-Language": "fr"},
			response: []byte(`{"id": "mbl1", "factorType": "sms", "provider": "OKTA", "profile": {"phoneNumber": "+15555550100"}}`),
		},
		{
			name: "Policies.List pages",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Policies.List(ctx, &PoliciesListOptions{Type: PolicyTypeAccessPolicy, Q: "App", SortBy: "name", Limit: 20, After: "00p0", ResourceID: "aus1"})
			},
			method: http.MethodGet, path: "/api/v1/policies",
			query:    map[string]string{"type": "ACCESS_POLICY", "q": "App", "sortBy": "name", "limit": "20", "after": "00p0", "resourceId": "aus1"},
			response: []byte(`[{"id": "rst1", "type": "ACCESS_POLICY", "name": "App sign-in"}]`),
		},
		{
			name: "Policies.ListRules limit",
			ids:  []string{"00p1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.ListRules(ctx, ids[0], &PoliciesListRulesOptions{Limit: 5})
			},
			method: http.MethodGet, path: "/api/v1/policies/00p1/rules",
			query:    map[string]string{"limit": "5"},
			response: []byte(`[{"id": "0pr1", "type": "PASSWORD", "name": "Everyone"}]`),
		},
		{
			name: "Policies.CreateRule inactive",
			ids:  []string{"00p1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Policies.CreateRule(ctx, ids[0], &PasswordPolicyRule{PolicyRuleBase: PolicyRuleBase{Name: "Everyone"}}, &PoliciesCreateRuleOptions{Activate: new(false)})
			},
			method: http.MethodPost, path: "/api/v1/policies/00p1/rules",
			query:    map[string]string{"activate": "false"},
			body:     `{"type": "PASSWORD", "name": "Everyone"}`,
			response: []byte(`{"id": "0pr1", "type": "PASSWORD", "name": "Everyone", "status": "INACTIVE"}`),
		},
		{
			name: "IdentityProviders.ListUsers pages",
			ids:  []string{"0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.IdentityProviders.ListUsers(ctx, ids[0], &IdentityProvidersListUsersOptions{Q: "ann", After: "00u0", Limit: 10, Expand: IdentityProviderUsersExpandUser})
			},
			method: http.MethodGet, path: "/api/v1/idps/0oa1/users",
			query:    map[string]string{"q": "ann", "after": "00u0", "limit": "10", "expand": "user"},
			response: []byte(`[{"id": "00u1", "externalId": "121749775026145"}]`),
		},
		{
			name: "ResourceSets.ListResources pages",
			ids:  []string{"iam1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.ResourceSets.ListResources(ctx, ids[0], &ResourceSetsListResourcesOptions{After: "ire0", Limit: 50})
			},
			method: http.MethodGet, path: "/api/v1/iam/resource-sets/iam1/resources",
			query:    map[string]string{"after": "ire0", "limit": "50"},
			response: []byte(`{"resources": [{"id": "ire1"}]}`),
			want:     `[{"id": "ire1"}]`,
		},
		{
			name: "AuthorizationServers.ListScopes after",
			ids:  []string{"aus1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.AuthorizationServers.ListScopes(ctx, ids[0], &AuthorizationServersListScopesOptions{After: "scp0", Limit: 2})
			},
			method: http.MethodGet, path: "/api/v1/authorizationServers/aus1/scopes",
			query:    map[string]string{"after": "scp0", "limit": "2"},
			response: []byte(`[{"id": "scp1", "name": "car:drive"}]`),
		},
		{
			name: "Groups.ListOwners search",
			ids:  []string{"00g1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Groups.ListOwners(ctx, ids[0], &GroupsListOwnersOptions{Search: `type eq "USER"`})
			},
			method: http.MethodGet, path: "/api/v1/groups/00g1/owners",
			query:    map[string]string{"search": `type eq "USER"`},
			response: []byte(`[{"id": "00u1", "type": "USER"}]`),
		},
		{
			name: "Apps.Create OktaAccessGateway-Agent",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Apps.Create(ctx, &BookmarkApplication{ApplicationBase: ApplicationBase{Label: "Docs"}}, &AppsCreateOptions{OktaAccessGatewayAgent: "oag-1"})
			},
			method: http.MethodPost, path: "/api/v1/apps",
			body:     `{"signOnMode": "BOOKMARK", "label": "Docs"}`,
			header:   map[string]string{"OktaAccessGateway-Agent": "oag-1"},
			response: []byte(`{"id": "0oa1", "signOnMode": "BOOKMARK", "label": "Docs"}`),
		},
	})
}

// TestCurrentParametersNilOptions checks that the methods that gained options or fields send nothing more than
// before when their options are nil: no query and none of the new headers.
func TestCurrentParametersNilOptions(t *testing.T) {
	t.Parallel()
	calls := map[string]func(ctx context.Context, c *Client) error{
		"Users.List":   func(ctx context.Context, c *Client) error { _, _, err := c.Users.List(ctx, nil); return err },
		"Users.Get":    func(ctx context.Context, c *Client) error { _, _, err := c.Users.Get(ctx, "00u1", nil); return err },
		"Users.Delete": func(ctx context.Context, c *Client) error { _, err := c.Users.Delete(ctx, "00u1", nil); return err },
		"Users.Update": func(ctx context.Context, c *Client) error {
			_, _, err := c.Users.Update(ctx, "00u1", &UpdateUserRequest{}, &UsersUpdateOptions{})
			return err
		},
		"Policies.ListRules": func(ctx context.Context, c *Client) error {
			_, _, err := c.Policies.ListRules(ctx, "00p1", nil)
			return err
		},
		"Policies.CreateRule": func(ctx context.Context, c *Client) error {
			_, _, err := c.Policies.CreateRule(ctx, "00p1", &PasswordPolicyRule{}, nil)
			return err
		},
		"IdentityProviders.ListUsers": func(ctx context.Context, c *Client) error {
			_, _, err := c.IdentityProviders.ListUsers(ctx, "0oa1", nil)
			return err
		},
		"ResourceSets.ListResources": func(ctx context.Context, c *Client) error {
			_, _, err := c.ResourceSets.ListResources(ctx, "iam1", nil)
			return err
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				testQuery(t, r, nil)
				for _, h := range []string{"If-Match", "Prefer", "Accept-Language", "OktaAccessGateway-Agent"} {
					if v, ok := r.Header[h]; ok {
						t.Errorf("header %s = %q, want none", h, v)
					}
				}
				if ct := r.Header.Get("Content-Type"); ct != "" && (r.Method == http.MethodGet || ct != "application/json") {
					t.Errorf("Content-Type = %q", ct)
				}
				switch {
				case r.Method == http.MethodDelete:
					w.WriteHeader(http.StatusNoContent)
				case r.URL.Path == "/api/v1/iam/resource-sets/iam1/resources":
					serveJSON(w, http.StatusOK, []byte(`{"resources": []}`))
				case r.URL.Path == "/api/v1/users/00u1":
					serveJSON(w, http.StatusOK, []byte(`{"id": "00u1"}`))
				case r.Method == http.MethodGet:
					serveJSON(w, http.StatusOK, []byte(`[]`))
				default:
					serveJSON(w, http.StatusOK, []byte(`{"id": "x", "type": "PASSWORD"}`))
				}
			})
			if err := call(t.Context(), c); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestCurrentParametersIterators walks two pages with each iterator of a list that pages in Okta's current API,
// and checks that header parameters reach every page.
func TestCurrentParametersIterators(t *testing.T) {
	t.Parallel()
	type page struct {
		query  map[string]string
		header map[string]string
		body   string
	}
	cases := []struct {
		name  string
		path  string
		pages [2]page // the second page's query is the link's: after=next
		walk  func(ctx context.Context, c *Client) ([]string, error)
	}{
		{
			name: "Policies.ListIter", path: "/api/v1/policies",
			pages: [2]page{
				{query: map[string]string{"type": "PASSWORD", "limit": "1"}, body: `[{"id": "00p1", "type": "PASSWORD"}]`},
				{body: `[{"id": "00p2", "type": "PASSWORD"}]`},
			},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				var ids []string
				for p, err := range c.Policies.ListIter(ctx, &PoliciesListOptions{Type: PolicyTypePassword, Limit: 1}).All() {
					if err != nil {
						return ids, err
					}
					ids = append(ids, p.Base().ID)
				}
				return ids, nil
			},
		},
		{
			name: "Policies.ListRulesIter", path: "/api/v1/policies/00p1/rules",
			pages: [2]page{
				{query: map[string]string{"limit": "1"}, body: `[{"id": "0pr1", "type": "PASSWORD"}]`},
				{body: `[{"id": "0pr2", "type": "PASSWORD"}]`},
			},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				var ids []string
				for r, err := range c.Policies.ListRulesIter(ctx, "00p1", &PoliciesListRulesOptions{Limit: 1}).All() {
					if err != nil {
						return ids, err
					}
					ids = append(ids, r.Base().ID)
				}
				return ids, nil
			},
		},
		{
			name: "IdentityProviders.ListUsersIter", path: "/api/v1/idps/0oa1/users",
			pages: [2]page{
				{query: map[string]string{"limit": "1", "expand": "user"}, body: `[{"id": "00u1"}]`},
				{body: `[{"id": "00u2"}]`},
			},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				var ids []string
				for u, err := range c.IdentityProviders.ListUsersIter(ctx, "0oa1", &IdentityProvidersListUsersOptions{Limit: 1, Expand: IdentityProviderUsersExpandUser}).All() {
					if err != nil {
						return ids, err
					}
					ids = append(ids, u.ID)
				}
				return ids, nil
			},
		},
		{
			name: "ResourceSets.ListResourcesIter", path: "/api/v1/iam/resource-sets/iam1/resources",
			pages: [2]page{
				{query: map[string]string{"limit": "1"}, body: `{"resources": [{"id": "ire1"}], "_links": {"next": {"href": "%s"}}}`},
				{body: `{"resources": [{"id": "ire2"}]}`},
			},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				var ids []string
				for r, err := range c.ResourceSets.ListResourcesIter(ctx, "iam1", &ResourceSetsListResourcesOptions{Limit: 1}).All() {
					if err != nil {
						return ids, err
					}
					ids = append(ids, r.ID)
				}
				return ids, nil
			},
		},
		{
			name: "Users.ListIter keeps the omissions on every page", path: "/api/v1/users",
			pages: [2]page{
				{query: map[string]string{"limit": "1"}, header: map[string]string{"Content-Type": `application/json; okta-response="omitCredentials"`}, body: `[{"id": "00u1"}]`},
				{header: map[string]string{"Content-Type": `application/json; okta-response="omitCredentials"`}, body: `[{"id": "00u2"}]`},
			},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				var ids []string
				for u, err := range c.Users.ListIter(ctx, &UsersListOptions{Limit: 1, Omit: UserOmitCredentials}).All() {
					if err != nil {
						return ids, err
					}
					ids = append(ids, u.ID)
				}
				return ids, nil
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			next := tc.path + "?after=next"
			n := 0
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				testMethod(t, r, http.MethodGet)
				if r.URL.Path != tc.path {
					t.Errorf("path = %s, want %s", r.URL.Path, tc.path)
				}
				i := 0
				if r.URL.Query().Get("after") == "next" {
					i = 1
				}
				n++
				p := tc.pages[i]
				want := p.query
				if i == 1 {
					want = map[string]string{"after": "next"}
				}
				testQuery(t, r, want)
				for k, v := range p.header {
					if got := r.Header.Get(k); got != v {
						t.Errorf("page %d: header %s = %q, want %q", i+1, k, got, v)
					}
				}
				body := p.body
				if i == 0 {
					// Plain lists link the next page from a Link header, envelopes from their _links.
					if strings.Contains(body, "%s") {
						body = fmt.Sprintf(body, "http://"+r.Host+next)
					} else {
						w.Header().Set("Link", fmt.Sprintf(`<%s>; rel="next"`, "http://"+r.Host+next))
					}
				}
				serveJSON(w, http.StatusOK, []byte(body))
			})
			ids, err := tc.walk(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) != 2 || n != 2 || !slices.IsSorted(ids) || ids[0] == ids[1] {
				t.Errorf("ids = %v after %d requests, want two items from two pages", ids, n)
			}
		})
	}
}

// TestCurrentParametersBypassTheCache checks that a read whose header parameters shape the answer does not
// share the cache entry of the plain read of the same URL.
func TestCurrentParametersBypassTheCache(t *testing.T) {
	t.Parallel()
	c, mux := setup(t, WithCache(NewMemoryCache(time.Hour, time.Hour)))
	var gets atomic.Int32
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		gets.Add(1)
		if r.Header.Get("Content-Type") != "" {
			serveJSON(w, http.StatusOK, []byte(`{"id": "00u1"}`))
			return
		}
		serveJSON(w, http.StatusOK, []byte(`{"id": "00u1", "credentials": {"provider": {"type": "OKTA"}}}`))
	})
	omit := &UsersGetOptions{Omit: UserOmitCredentials}
	for i, opts := range []*UsersGetOptions{nil, omit, nil, omit} {
		u, _, err := c.Users.Get(t.Context(), "00u1", opts)
		if err != nil {
			t.Fatal(err)
		}
		if hasCredentials := u.Credentials != nil; hasCredentials != (opts == nil) {
			t.Errorf("read %d (omit %v): credentials = %+v", i, opts != nil, u.Credentials)
		}
	}
	if n := gets.Load(); n != 3 {
		t.Errorf("%d reads reached the server, want 3 (the second plain read is cached)", n)
	}
}
