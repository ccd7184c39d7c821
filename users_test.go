package okta

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// recordedUserFixture is a user as Okta returned it to getUser.
const recordedUserFixture = "users/getUser/users.test_comprehensive_user_lifecycle.2.json"

const userAppLinkJSON = `{"id": "00ub0oNGTSWTBKOLGLNR", "label": "Google Apps Mail", "linkUrl": "https://test.okta.com/home/google/0oa3omz2i9XRNSRIHBZO/50",
	"logoUrl": "https://test.okta.com/img/logos/google-mail.png", "appName": "google", "appInstanceId": "0oa3omz2i9XRNSRIHBZO",
	"appAssignmentId": "0ua3omz7weMMMQJERBKY", "credentialsSetup": false, "hidden": false, "sortOrder": 0}`

const userGrantJSON = `{"id": "oag1", "status": "ACTIVE", "created": "2019-02-27T23:21:36.000Z", "createdBy": {"id": "00u1", "type": "User"},
	"lastUpdated": "2019-02-27T23:21:36.000Z", "issuer": "https://test.okta.com/oauth2/aus1", "clientId": "0oa1",
	"userId": "00u1", "scopeId": "scp1", "source": "END_USER", "_embedded": {"scope": {"id": "okta.users.read"}},
	"_links": {"app": {"href": "https://test.okta.com/api/v1/apps/0oa1", "title": "My App"}}}`

const userRefreshTokenJSON = `{"id": "oar1", "status": "ACTIVE", "created": "2018-03-09T03:18:06.000Z", "lastUpdated": "2018-03-09T03:18:06.000Z",
	"expiresAt": "2018-03-16T03:18:06.000Z", "issuer": "https://test.okta.com/oauth2/ausain6z9zIedDCxB0h7",
	"clientId": "0oabskvc6442nkvQO0h7", "userId": "00u5t60iloOHN9pBi0h7", "scopes": ["offline_access", "car:drive"],
	"createdBy": {"id": "oag2n8HU1vTmvCdQ50g3", "type": "User"}, "_embedded": {"scopes": [{"id": "scppb56cIl4GvGxy70g3"}]},
	"_links": {"self": {"href": "https://test.okta.com/api/v1/users/00u1/clients/0oa1/tokens/oar1"}}}`

const userIdentityProviderJSON = `{"id": "0oa62b57p7c8PaGpU0h7", "type": "FACEBOOK", "name": "Facebook", "status": "ACTIVE",
	"created": "2016-03-24T23:18:27.000Z", "lastUpdated": "2016-03-24T23:18:27.000Z", "issuerMode": "ORG_URL",
	"protocol": {"type": "OAUTH2", "scopes": ["public_profile", "email"]},
	"policy": {"provisioning": {"action": "AUTO"}, "maxClockSkew": 0}, "properties": {},
	"_links": {"users": {"href": "https://test.okta.com/api/v1/idps/0oa62b57p7c8PaGpU0h7/users"}}}`

func TestUsersMethods(t *testing.T) {
	t.Parallel()
	user := string(fixture(t, recordedUserFixture))
	credentials := `{"password": {}, "recovery_question": {"question": "What's your favourite security question?"}, "provider": {"type": "OKTA", "name": "OKTA"}}`
	runAPICalls(t, []apiCall{
		{
			name: "List",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Users.List(ctx, &UsersListOptions{Q: "jo", Filter: `status eq "ACTIVE"`, Search: `profile.department eq "Eng"`,
					Limit: 2, After: "00u0", SortBy: "created", SortOrder: "desc", Expand: "classification"})
			},
			method: http.MethodGet, path: "/api/v1/users",
			query: map[string]string{"q": "jo", "filter": `status eq "ACTIVE"`, "search": `profile.department eq "Eng"`, "limit": "2",
				"after": "00u0", "sortBy": "created", "sortOrder": "desc", "expand": "classification"},
			response: []byte(`[` + user + `]`),
			check: func(t *testing.T, got any) {
				us := got.([]User)
				if len(us) != 1 || us[0].ID != "00uqrks9ig7XuWV7X5d7" || us[0].Status != UserStatusActive || us[0].Profile.NickName != "JohnnyC" {
					t.Errorf("users = %+v", us)
				}
			},
		},
		{
			name: "Create",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Users.Create(ctx, &CreateUserRequest{
					Profile:     &UserProfile{FirstName: "John", LastName: "Doe", Email: "john@example.com", Login: "john@example.com"},
					Credentials: &UserCredentials{Password: &PasswordCredential{Value: "Password150kta"}},
					GroupIDs:    []string{"00g1"},
				}, &UsersCreateOptions{Activate: new(false), Provider: new(false), NextLogin: UserNextLoginChangePassword})
			},
			method: http.MethodPost, path: "/api/v1/users",
			query: map[string]string{"activate": "false", "provider": "false", "nextLogin": "changePassword"},
			body: `{"profile": {"firstName": "John", "lastName": "Doe", "email": "john@example.com", "login": "john@example.com"},
				"credentials": {"password": {"value": "Password150kta"}}, "groupIds": ["00g1"]}`,
			response: []byte(user),
		},
		{
			name: "Get by login",
			ids:  []string{"john.doe+test@example.com"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/users/john.doe+test@example.com",
			response: []byte(user),
			check: func(t *testing.T, got any) {
				u := got.(*User)
				want := time.Date(2025, 9, 29, 3, 49, 51, 0, time.UTC)
				if !u.Activated.Equal(want) || !u.LastLogin.IsZero() || u.Type.ID != "otynwlw0pkLLUgtNG5d7" ||
					u.Credentials.Provider.Type != "OKTA" || u.Links.Href("deactivate") == "" {
					t.Errorf("user = %+v", u)
				}
			},
		},
		{
			name: "Get cannot leave the users collection",
			ids:  []string{"../groups/00g1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Get(ctx, ids[0], nil)
			},
			method: http.MethodGet, path: "/api/v1/users/..%2Fgroups%2F00g1",
			response: []byte(user),
		},
		{
			name: "Update sends only what is set",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				p := &UserProfile{NickName: "JD"}
				if err := p.Extra.Set("title", nil); err != nil {
					return nil, nil, err
				}
				return c.Users.Update(ctx, ids[0], &UpdateUserRequest{Profile: p}, &UsersUpdateOptions{Strict: new(true)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1",
			query:    map[string]string{"strict": "true"},
			body:     `{"profile": {"nickName": "JD", "title": null}}`,
			response: []byte(user),
		},
		{
			name: "Replace",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				// The body the Python SDK sent in test_replace_user.
				return c.Users.Replace(ctx, ids[0], &User{
					Credentials: &UserCredentials{Password: &PasswordCredential{Value: "Password150kta"}},
					Profile: &UserProfile{Email: "John.Doe-Replace@example.com", FirstName: "Jane", LastName: "Doe-Replaced",
						Login: "John.Doe-Replace@example.com", NickName: "JaneDoe"},
				}, &UsersReplaceOptions{Strict: new(false)})
			},
			method: http.MethodPut, path: "/api/v1/users/00u1",
			query: map[string]string{"strict": "false"},
			body: `{"credentials": {"password": {"value": "Password150kta"}}, "profile": {"email": "John.Doe-Replace@example.com",
				"firstName": "Jane", "lastName": "Doe-Replaced", "login": "John.Doe-Replace@example.com", "nickName": "JaneDoe"}}`,
			response: []byte(string(fixture(t, "users/replaceUser/users.test_replace_user.1.json"))),
		},
		{
			name: "Delete",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Delete(ctx, ids[0], &UsersDeleteOptions{SendEmail: new(false)}))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1",
			query:  map[string]string{"sendEmail": "false"},
			status: http.StatusNoContent,
		},
		{
			name: "Activate",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Activate(ctx, ids[0], &UsersActivateOptions{SendEmail: new(false)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/activate",
			query:    map[string]string{"sendEmail": "false"},
			response: []byte(`{"activationUrl": "https://test.okta.com/welcome/U1uF", "activationToken": "U1uF"}`),
			check: func(t *testing.T, got any) {
				if a := got.(*UserActivationToken); a.ActivationToken != "U1uF" || a.ActivationURL != "https://test.okta.com/welcome/U1uF" {
					t.Errorf("got %+v", a)
				}
			},
		},
		{
			name: "Activate sending the email",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Activate(ctx, ids[0], nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/activate",
			response: []byte(`{}`),
		},
		{
			name: "Reactivate",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.Reactivate(ctx, ids[0], &UsersReactivateOptions{SendEmail: new(false)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/reactivate",
			query:    map[string]string{"sendEmail": "false"},
			response: []byte(`{"activationUrl": "https://test.okta.com/welcome/X", "activationToken": "X"}`),
		},
		{
			name: "Deactivate",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Deactivate(ctx, ids[0], &UsersDeactivateOptions{SendEmail: new(true)}))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/deactivate",
			query:    map[string]string{"sendEmail": "true"},
			response: []byte(`{}`), want: "-",
		},
		{
			name: "Deactivate answered with 204",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Deactivate(ctx, ids[0], nil))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/deactivate",
			status: http.StatusNoContent,
		},
		{
			name: "Suspend",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Suspend(ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/suspend",
			response: []byte(`{}`), want: "-",
		},
		{
			name: "Unsuspend",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Unsuspend(ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/unsuspend",
			response: []byte(`{}`), want: "-",
		},
		{
			name: "Unlock",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.Unlock(ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/unlock",
		},
		{
			name: "ExpirePassword",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ExpirePassword(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/expire_password",
			response: []byte(string(fixture(t, "users/expirePassword/users.test_expire_password.1.json"))),
			check: func(t *testing.T, got any) {
				if u := got.(*User); u.Status != UserStatusPasswordExpired {
					t.Errorf("status = %s", u.Status)
				}
			},
		},
		{
			name: "ExpirePasswordWithTempPassword",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ExpirePasswordWithTempPassword(ctx, ids[0], &UsersExpirePasswordWithTempPasswordOptions{RevokeSessions: new(true)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/expire_password_with_temp_password",
			query:    map[string]string{"revokeSessions": "true"},
			response: []byte(`{"tempPassword": "x4HpS7TE"}`),
			check: func(t *testing.T, got any) {
				if p := got.(*TempPassword); p.TempPassword != "x4HpS7TE" {
					t.Errorf("got %+v", p)
				}
			},
		},
		{
			name: "ResetPassword",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ResetPassword(ctx, ids[0], &UsersResetPasswordOptions{SendEmail: new(false), RevokeSessions: new(true)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/reset_password",
			query:    map[string]string{"sendEmail": "false", "revokeSessions": "true"},
			response: []byte(`{"resetPasswordUrl": "https://test.okta.com/reset_password/drpw"}`),
			check: func(t *testing.T, got any) {
				if r := got.(*ResetPasswordToken); r.ResetPasswordURL != "https://test.okta.com/reset_password/drpw" {
					t.Errorf("got %+v", r)
				}
			},
		},
		{
			name: "ResetFactors",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.ResetFactors(ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/lifecycle/reset_factors",
			response: []byte(`{}`), want: "-",
		},
		{
			name: "ChangePassword",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ChangePassword(ctx, ids[0], &ChangePasswordRequest{
					OldPassword: &PasswordCredential{Value: "old"}, NewPassword: &PasswordCredential{Value: "new"}, RevokeSessions: new(false),
				}, &UsersChangePasswordOptions{Strict: new(true)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/credentials/change_password",
			query:    map[string]string{"strict": "true"},
			body:     `{"oldPassword": {"value": "old"}, "newPassword": {"value": "new"}, "revokeSessions": false}`,
			response: []byte(`{"password": {}, "provider": {"type": "OKTA", "name": "OKTA"}}`),
			check: func(t *testing.T, got any) {
				if c := got.(*UserCredentials); c.Provider.Name != "OKTA" || c.Password == nil {
					t.Errorf("got %+v", c)
				}
			},
		},
		{
			name: "ChangeRecoveryQuestion",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ChangeRecoveryQuestion(ctx, ids[0], &UserCredentials{
					Password:         &PasswordCredential{Value: "pw"},
					RecoveryQuestion: &RecoveryQuestionCredential{Question: "What's your favourite security question?", Answer: "This one"},
				})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/credentials/change_recovery_question",
			body:     `{"password": {"value": "pw"}, "recovery_question": {"question": "What's your favourite security question?", "answer": "This one"}}`,
			response: []byte(credentials),
			check: func(t *testing.T, got any) {
				if c := got.(*UserCredentials); c.RecoveryQuestion.Question != "What's your favourite security question?" {
					t.Errorf("got %+v", c)
				}
			},
		},
		{
			name: "ForgotPassword",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ForgotPassword(ctx, ids[0], &UsersForgotPasswordOptions{SendEmail: new(false)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/credentials/forgot_password",
			query:    map[string]string{"sendEmail": "false"},
			response: []byte(`{"resetPasswordUrl": "https://test.okta.com/signin/reset-password/dfpt"}`),
			check: func(t *testing.T, got any) {
				if r := got.(*ForgotPasswordResponse); r.ResetPasswordURL == "" {
					t.Errorf("got %+v", r)
				}
			},
		},
		{
			name: "ForgotPasswordSetNewPassword",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ForgotPasswordSetNewPassword(ctx, ids[0], &UserCredentials{
					Password:         &PasswordCredential{Value: "new"},
					RecoveryQuestion: &RecoveryQuestionCredential{Answer: "This one"},
				}, &UsersForgotPasswordSetNewPasswordOptions{SendEmail: new(false)})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/credentials/forgot_password_recovery_question",
			query:    map[string]string{"sendEmail": "false"},
			body:     `{"password": {"value": "new"}, "recovery_question": {"answer": "This one"}}`,
			response: []byte(credentials),
		},
		{
			name: "RevokeSessions",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeSessions(ctx, ids[0], &UsersRevokeSessionsOptions{OAuthTokens: new(true)}))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/sessions",
			query:  map[string]string{"oauthTokens": "true"},
			status: http.StatusNoContent,
		},
		{
			name: "ListAppLinks",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListAppLinks(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/appLinks",
			response: []byte(`[` + userAppLinkJSON + `]`),
			check: func(t *testing.T, got any) {
				if ls := got.([]AppLink); ls[0].AppName != "google" || ls[0].AppInstanceID != "0oa3omz2i9XRNSRIHBZO" {
					t.Errorf("got %+v", ls)
				}
			},
		},
		{
			name: "ListBlocks",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListBlocks(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/blocks",
			// The spec's example BlocksUnknownDevices.
			response: []byte(`[{"type": "DEVICE_BASED", "appliesTo": "UNKNOWN_DEVICES"}]`),
			check: func(t *testing.T, got any) {
				if bs := got.([]UserBlock); bs[0].AppliesTo != "UNKNOWN_DEVICES" || bs[0].Type != "DEVICE_BASED" {
					t.Errorf("got %+v", bs)
				}
			},
		},
		{
			name: "ListGroups",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListGroups(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/groups",
			response: []byte(string(fixture(t, "users/listUserGroups/users.test_comprehensive_user_lifecycle.12.json"))),
			check: func(t *testing.T, got any) {
				if gs := got.([]Group); len(gs) != 1 || gs[0].ID != "00gnwlw0pbm3qMcXs5d7" {
					t.Errorf("got %+v", gs)
				}
			},
		},
		{
			name: "ListIdentityProviders",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListIdentityProviders(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/idps",
			response: []byte(`[` + userIdentityProviderJSON + `]`),
			check: func(t *testing.T, got any) {
				idp := got.([]IdentityProvider)[0]
				if idp.Protocol == nil || idp.Type != "FACEBOOK" || len(idp.Protocol.Scopes) != 2 || idp.Created.IsZero() {
					t.Errorf("got %+v", idp)
				}
			},
		},
		{
			name: "SetLinkedObject",
			ids:  []string{"00u2", "manager", "00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.ReplaceLinkedObject(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodPut, path: "/api/v1/users/00u2/linkedObjects/manager/00u1",
			status: http.StatusNoContent,
		},
		{
			name: "ListLinkedObjects",
			ids:  []string{"00u1", "subordinate"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListLinkedObjects(ctx, ids[0], ids[1], &UsersListLinkedObjectsOptions{Limit: 10, After: "00u0"})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/linkedObjects/subordinate",
			query:    map[string]string{"limit": "10", "after": "00u0"},
			response: []byte(`[{"_links": {"self": {"href": "https://test.okta.com/api/v1/users/00u2"}}}]`),
			check: func(t *testing.T, got any) {
				if ls := got.([]ResponseLinks); ls[0].Links.Href("self") != "https://test.okta.com/api/v1/users/00u2" {
					t.Errorf("got %+v", ls)
				}
			},
		},
		{
			name: "DeleteLinkedObject",
			ids:  []string{"00u2", "manager"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.DeleteLinkedObject(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u2/linkedObjects/manager",
			status: http.StatusNoContent,
		},
		{
			name: "ListClients",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListClients(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/clients",
			response: []byte(`[{"client_id": "0oa1", "client_name": "My App", "client_uri": null, "logo_uri": "https://example.com/logo.png",
				"_links": {"grants": {"href": "https://test.okta.com/api/v1/users/00u1/clients/0oa1/grants"}}}]`),
			check: func(t *testing.T, got any) {
				if cs := got.([]OAuth2Client); cs[0].ClientID != "0oa1" || cs[0].ClientName != "My App" {
					t.Errorf("got %+v", cs)
				}
			},
		},
		{
			name: "ListGrantsForClient",
			ids:  []string{"00u1", "0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListGrantsForClient(ctx, ids[0], ids[1], &UsersListGrantsForClientOptions{Expand: "scope", After: "a", Limit: 5})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/clients/0oa1/grants",
			query:    map[string]string{"expand": "scope", "after": "a", "limit": "5"},
			response: []byte(`[` + userGrantJSON + `]`),
			check: func(t *testing.T, got any) {
				g := got.([]OAuth2ScopeConsentGrant)[0]
				if g.Source != OAuth2ScopeConsentGrantSourceEndUser || g.CreatedBy.Type != "User" || g.Status != GrantOrTokenStatusActive {
					t.Errorf("got %+v", g)
				}
			},
		},
		{
			name: "RevokeGrantsForClient",
			ids:  []string{"00u1", "0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeGrantsForClient(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/clients/0oa1/grants",
			status: http.StatusNoContent,
		},
		{
			name: "ListRefreshTokensForClient",
			ids:  []string{"00u1", "0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListRefreshTokensForClient(ctx, ids[0], ids[1], &UsersListRefreshTokensForClientOptions{Expand: "scope", After: "a", Limit: 5})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/clients/0oa1/tokens",
			query:    map[string]string{"expand": "scope", "after": "a", "limit": "5"},
			response: []byte(`[` + userRefreshTokenJSON + `]`),
			check: func(t *testing.T, got any) {
				tok := got.([]OAuth2RefreshToken)[0]
				if len(tok.Scopes) != 2 || tok.ExpiresAt.IsZero() || tok.Embedded["scopes"] == nil {
					t.Errorf("got %+v", tok)
				}
			},
		},
		{
			name: "RevokeRefreshTokensForClient",
			ids:  []string{"00u1", "0oa1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeRefreshTokensForClient(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/clients/0oa1/tokens",
			status: http.StatusNoContent,
		},
		{
			name: "GetRefreshTokenForClient",
			ids:  []string{"00u1", "0oa1", "oar1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetRefreshTokenForClient(ctx, ids[0], ids[1], ids[2], &UsersGetRefreshTokenForClientOptions{Expand: "scope", Limit: 1, After: "x"})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/clients/0oa1/tokens/oar1",
			query:    map[string]string{"expand": "scope", "limit": "1", "after": "x"},
			response: []byte(userRefreshTokenJSON),
		},
		{
			name: "RevokeRefreshTokenForClient",
			ids:  []string{"00u1", "0oa1", "oar1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeRefreshTokenForClient(ctx, ids[0], ids[1], ids[2]))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/clients/0oa1/tokens/oar1",
			status: http.StatusNoContent,
		},
		{
			name: "ListGrants",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListGrants(ctx, ids[0], &UsersListGrantsOptions{ScopeID: "scp1", Expand: "scope", After: "a", Limit: 5})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/grants",
			query:    map[string]string{"scopeId": "scp1", "expand": "scope", "after": "a", "limit": "5"},
			response: []byte(`[` + userGrantJSON + `]`),
		},
		{
			name: "RevokeGrants",
			ids:  []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeGrants(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/grants",
			status: http.StatusNoContent,
		},
		{
			name: "GetGrant",
			ids:  []string{"00u1", "oag1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetGrant(ctx, ids[0], ids[1], &UsersGetGrantOptions{Expand: "scope"})
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/grants/oag1",
			query:    map[string]string{"expand": "scope"},
			response: []byte(userGrantJSON),
			check: func(t *testing.T, got any) {
				var scope struct{ ID string }
				if _, err := got.(*OAuth2ScopeConsentGrant).Embedded.Get("scope", &scope); err != nil || scope.ID != "okta.users.read" {
					t.Errorf("scope = %+v, %v", scope, err)
				}
			},
		},
		{
			name: "RevokeGrant",
			ids:  []string{"00u1", "oag1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.RevokeGrant(ctx, ids[0], ids[1]))
			},
			method: http.MethodDelete, path: "/api/v1/users/00u1/grants/oag1",
			status: http.StatusNoContent,
		},
	})
}

// TestUsersIterators walks each paginated list of the Users service over two pages linked by a Link header.
func TestUsersIterators(t *testing.T) {
	t.Parallel()
	ids := func(it interface {
		Next() bool
		Err() error
	}, id func() string) ([]string, error) {
		var out []string
		for it.Next() {
			out = append(out, id())
		}
		return out, it.Err()
	}
	cases := []struct {
		name  string
		path  string
		first map[string]string // the first page's query
		items [2]string         // the JSON of the two pages
		walk  func(ctx context.Context, c *Client) ([]string, error)
	}{
		{
			name: "ListIter", path: "/api/v1/users", first: map[string]string{"limit": "1", "search": `status eq "ACTIVE"`},
			items: [2]string{`[{"id": "00u1"}]`, `[{"id": "00u2"}]`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				it := c.Users.ListIter(ctx, &UsersListOptions{Limit: 1, Search: `status eq "ACTIVE"`})
				return ids(it, func() string { return it.Value().ID })
			},
		},
		{
			name: "ListGrantsIter", path: "/api/v1/users/00u1/grants", first: map[string]string{"limit": "1"},
			items: [2]string{`[{"id": "oag1"}]`, `[{"id": "oag2"}]`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				it := c.Users.ListGrantsIter(ctx, "00u1", &UsersListGrantsOptions{Limit: 1})
				return ids(it, func() string { return it.Value().ID })
			},
		},
		{
			name: "ListGrantsForClientIter", path: "/api/v1/users/00u1/clients/0oa1/grants", first: map[string]string{"expand": "scope"},
			items: [2]string{`[{"id": "oag1"}]`, `[{"id": "oag2"}]`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				it := c.Users.ListGrantsForClientIter(ctx, "00u1", "0oa1", &UsersListGrantsForClientOptions{Expand: "scope"})
				return ids(it, func() string { return it.Value().ID })
			},
		},
		{
			name: "ListRefreshTokensForClientIter", path: "/api/v1/users/00u1/clients/0oa1/tokens", first: map[string]string{},
			items: [2]string{`[{"id": "oar1"}]`, `[{"id": "oar2"}]`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				it := c.Users.ListRefreshTokensForClientIter(ctx, "00u1", "0oa1", nil)
				return ids(it, func() string { return it.Value().ID })
			},
		},
		{
			name: "ListLinkedObjectsIter", path: "/api/v1/users/00u1/linkedObjects/subordinate", first: map[string]string{"limit": "1"},
			items: [2]string{`[{"_links": {"self": {"href": "u2"}}}]`, `[{"_links": {"self": {"href": "u3"}}}]`},
			walk: func(ctx context.Context, c *Client) ([]string, error) {
				it := c.Users.ListLinkedObjectsIter(ctx, "00u1", "subordinate", &UsersListLinkedObjectsOptions{Limit: 1})
				return ids(it, func() string { return it.Value().Links.Href("self") })
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			var pages atomic.Int32
			mux.HandleFunc(tc.path, func(w http.ResponseWriter, r *http.Request) {
				testMethod(t, r, http.MethodGet)
				if r.URL.Query().Get("after") == "" {
					pages.Add(1)
					testQuery(t, r, tc.first)
					w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com%s>; rel="self"`, tc.path))
					w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com%s?after=cursor2&limit=1>; rel="next"`, tc.path))
					serveJSON(w, http.StatusOK, []byte(tc.items[0]))
					return
				}
				pages.Add(1)
				testQuery(t, r, map[string]string{"after": "cursor2", "limit": "1"})
				serveJSON(w, http.StatusOK, []byte(tc.items[1]))
			})
			got, err := tc.walk(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || pages.Load() != 2 {
				t.Errorf("items %q from %d pages, want 2 from 2", got, pages.Load())
			}
		})
	}
	t.Run("empty ID fails at the first Next", func(t *testing.T) {
		t.Parallel()
		c, _ := setup(t)
		it := c.Users.ListGrantsIter(t.Context(), "", nil)
		if it.Next() || it.Err() == nil {
			t.Errorf("Next with an empty user ID: err = %v", it.Err())
		}
		it2 := c.Users.ListLinkedObjectsIter(t.Context(), "00u1", "", nil)
		if it2.Next() || it2.Err() == nil {
			t.Errorf("Next with an empty relationship name: err = %v", it2.Err())
		}
	})
}

// TestUserGetChangeReplaceIsLossless gets a user with custom profile attributes and members the SDK does not
// model, changes one attribute and replaces the user: the PUT body must be everything Okta sent with that one
// change.
func TestUserGetChangeReplaceIsLossless(t *testing.T) {
	t.Parallel()
	var doc map[string]any
	if err := json.Unmarshal(fixture(t, recordedUserFixture), &doc); err != nil {
		t.Fatal(err)
	}
	profile := doc["profile"].(map[string]any)
	profile["costCenterCode"] = "CC-42"
	profile["isContractor"] = true
	profile["skills"] = []any{"go", "sql"}
	profile["startDate"] = nil
	profile["title"] = ""
	doc["futureMember"] = map[string]any{"nested": []any{1.5, "x"}}
	got, _ := json.Marshal(doc)

	profile["nickName"] = "Johnny"
	wantPut, _ := json.Marshal(doc)

	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/users/00uqrks9ig7XuWV7X5d7", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, http.StatusOK, got)
	})
	mux.HandleFunc("PUT /api/v1/users/00uqrks9ig7XuWV7X5d7", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(wantPut))
		serveJSON(w, http.StatusOK, wantPut)
	})

	u, _, err := c.Users.Get(t.Context(), "00uqrks9ig7XuWV7X5d7", nil)
	if err != nil {
		t.Fatal(err)
	}
	var skills []string
	if ok, err := u.Profile.Extra.Get("skills", &skills); !ok || err != nil || len(skills) != 2 {
		t.Errorf("custom attribute skills = %v (%v, %v)", skills, ok, err)
	}
	u.Profile.NickName = "Johnny"
	if _, _, err := c.Users.Replace(t.Context(), u.ID, u, nil); err != nil {
		t.Fatal(err)
	}
	// encoding/json alone gives the same.
	out, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, string(wantPut), string(out))
}

func TestUsersRecorded(t *testing.T) {
	t.Parallel()
	user := func(t *testing.T, raw []byte) { assertRoundTrip[*User](t, raw) }
	credentials := func(t *testing.T, raw []byte) { assertRoundTrip[*UserCredentials](t, raw) }
	// Deactivate, Suspend, Unsuspend and ResetFactors return no value: Okta answered them with {} (the spec
	// says Success for three of them). The recorded bodies are served to the methods, which must accept them.
	empty := func(call func(ctx context.Context, c *Client) (*Response, error)) func(t *testing.T, raw []byte) {
		return func(t *testing.T, raw []byte) {
			c, mux := setup(t)
			mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) { serveJSON(w, http.StatusOK, raw) })
			if _, err := call(t.Context(), c); err != nil {
				t.Error(err)
			}
		}
	}
	checkRecordedPayloads(t, "users", map[string]func(*testing.T, []byte){
		"listUsers":                             func(t *testing.T, raw []byte) { assertRoundTrip[[]User](t, raw) },
		"createUser":                            user,
		"getUser":                               user,
		"updateUser":                            user,
		"replaceUser":                           user,
		"expirePassword":                        user,
		"activateUser":                          func(t *testing.T, raw []byte) { assertRoundTrip[*UserActivationToken](t, raw) },
		"deactivateUser":                        empty(func(ctx context.Context, c *Client) (*Response, error) { return c.Users.Deactivate(ctx, "00u1", nil) }),
		"suspendUser":                           empty(func(ctx context.Context, c *Client) (*Response, error) { return c.Users.Suspend(ctx, "00u1") }),
		"unsuspendUser":                         empty(func(ctx context.Context, c *Client) (*Response, error) { return c.Users.Unsuspend(ctx, "00u1") }),
		"resetFactors":                          empty(func(ctx context.Context, c *Client) (*Response, error) { return c.Users.ResetFactors(ctx, "00u1") }),
		"expirePasswordAndGetTemporaryPassword": func(t *testing.T, raw []byte) { assertRoundTrip[*TempPassword](t, raw) },
		"generateResetPasswordToken":            func(t *testing.T, raw []byte) { assertRoundTrip[*ResetPasswordToken](t, raw) },
		"forgotPassword":                        func(t *testing.T, raw []byte) { assertRoundTrip[*ForgotPasswordResponse](t, raw) },
		"changePassword":                        credentials,
		"changeRecoveryQuestion":                credentials,
		"forgotPasswordSetNewPassword":          credentials,
		"listAppLinks":                          func(t *testing.T, raw []byte) { assertRoundTrip[[]AppLink](t, raw) },
		"listUserClients":                       func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2Client](t, raw) },
		"listUserGrants":                        func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2ScopeConsentGrant](t, raw) },
		"listUserGroups":                        func(t *testing.T, raw []byte) { assertRoundTrip[[]Group](t, raw) },
		"listUserIdentityProviders":             func(t *testing.T, raw []byte) { assertRoundTrip[[]IdentityProvider](t, raw) },
	})
}

func TestUsersRecordedErrors(t *testing.T) {
	t.Parallel()
	get := func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
		return c.Users.Get(ctx, "00usfhrjbkppPBkoY4x6", nil)
	}
	blocks := func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
		return c.Users.ListBlocks(ctx, "00uqrkqis03rqAuOk5d7")
	}
	unlock := func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
		return apiNoResult(c.Users.Unlock(ctx, "00uqrjytbqRoGqyQd5d7"))
	}
	checkRecordedErrors(t, "users", []apiCall{
		{op: "getUser", call: get},
		{op: "getUser", call: get},
		{op: "listUserBlocks", call: blocks},
		{op: "listUserBlocks", call: blocks},
		{op: "unlockUser", call: unlock},
		{op: "unlockUser", call: unlock},
		{
			op: "reactivateUser",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Users.Reactivate(ctx, "00uqrku6swqIv4Y1T5d7", &UsersReactivateOptions{SendEmail: new(false)})
			},
		},
		{
			// A front-door 404 that is not an Okta error: no code, the message becomes the summary.
			op: "createUser",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Users.Create(ctx, &CreateUserRequest{}, &UsersCreateOptions{Activate: new(true)})
			},
		},
	})
}

// TestUserErrorsAreTyped checks a not-found answer matches ErrNotFound with errors.Is.
func TestUserErrorsAreTyped(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	body := fixture(t, "users/errors/getUser_404.users.test_create_get_user.5.json")
	mux.HandleFunc("/api/v1/users/00u1", func(w http.ResponseWriter, r *http.Request) { serveJSON(w, http.StatusNotFound, body) })
	_, resp, err := c.Users.Get(t.Context(), "00u1", nil)
	if !errors.Is(err, ErrNotFound) || resp == nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("err = %v, resp = %v", err, resp)
	}
}
