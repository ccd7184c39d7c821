package okta

import (
	"context"
	"testing"
)

// Payloads built from the API description's schemas and Okta's reference examples, each with a member this SDK
// does not model.
const (
	authenticatorEnrollmentPayload = `{"type":"phone","id":"sms8lqwuzSpWT4kVs0g4","key":"phone_number","status":"ACTIVE",` +
		`"name":"Phone","created":"2024-01-01T00:00:00.000Z","lastUpdated":"2024-01-02T00:00:00.000Z",` +
		`"profile":{"phoneNumber":"+15555550100","carrier":"x"},"newMember":[1],` +
		`"_links":{"self":{"href":"https://x.okta.com/api/v1/users/00u1/authenticator-enrollments/sms8lqwuzSpWT4kVs0g4"},` +
		`"user":{"href":"https://x.okta.com/api/v1/users/00u1"},"authenticator":{"href":"https://x.okta.com/api/v1/authenticators/aut1"}}}`
	tacEnrollmentPayload = `{"type":"tac","id":"tac1","key":"temporary_access_code","status":"ACTIVE","name":"Temporary Access Code",` +
		`"nickname":"for travel","created":"2024-01-01T00:00:00.000Z","lastUpdated":"2024-01-01T00:00:00.000Z",` +
		`"profile":{"tac":"a7AfsOq6","multiUse":true,"expiresAt":"2024-01-01T01:00:00.000Z","z":1},"later":"kept"}`
)

func TestUserAuthenticatorEnrollmentsRequests(t *testing.T) {
	t.Parallel()
	const user, userEsc, enr, enrEsc = "00u/1", "00u%2F1", "sms 8", "sms%208"
	path := "/api/v1/users/" + userEsc + "/authenticator-enrollments"
	disclose := &UsersListAuthenticatorEnrollmentsOptions{DiscloseIdentifiers: []DisclosedIdentifier{DisclosedIdentifierPhone}}
	runAPICalls(t, []apiCall{
		{
			op: "listAuthenticatorEnrollments", ids: []string{user}, method: "GET", path: path,
			query: map[string]string{"discloseIdentifiers": "phone"}, response: []byte("[" + authenticatorEnrollmentPayload + "]"),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.ListAuthenticatorEnrollments(ctx, ids[0], disclose)
			},
			check: func(t *testing.T, got any) {
				e := got.([]AuthenticatorEnrollment)
				if len(e) != 1 || e[0].Type != AuthenticatorTypePhone || e[0].Profile.PhoneNumber != "+15555550100" {
					t.Errorf("enrollments = %+v", e)
				}
			},
		},
		{
			op: "getAuthenticatorEnrollment", ids: []string{user, enr}, method: "GET", path: path + "/" + enrEsc,
			query: map[string]string{"discloseIdentifiers": "phone"}, response: []byte(authenticatorEnrollmentPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.GetAuthenticatorEnrollment(ctx, ids[0], ids[1], &UsersGetAuthenticatorEnrollmentOptions{DiscloseIdentifiers: disclose.DiscloseIdentifiers})
			},
		},
		{
			op: "deleteAuthenticatorEnrollment", ids: []string{user, enr}, method: "DELETE", path: path + "/" + enrEsc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Users.DeleteAuthenticatorEnrollment(ctx, ids[0], ids[1]))
			},
		},
		{
			op: "createAuthenticatorEnrollment", ids: []string{user}, method: "POST", path: path + "/phone",
			body: `{"authenticatorId":"aut1","profile":{"phoneNumber":"+15555550100"}}`, response: []byte(authenticatorEnrollmentPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.CreatePhoneAuthenticatorEnrollment(ctx, ids[0], &CreatePhoneAuthenticatorEnrollmentRequest{
					AuthenticatorID: "aut1", Profile: &AuthenticatorEnrollmentProfile{PhoneNumber: "+15555550100"},
				})
			},
		},
		{
			op: "createTacAuthenticatorEnrollment", ids: []string{user}, method: "POST", path: path + "/tac",
			body: `{"authenticatorId":"aut2","profile":{"multiUse":false,"ttl":"60"}}`, response: []byte(tacEnrollmentPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Users.CreateTACAuthenticatorEnrollment(ctx, ids[0], &CreateTACAuthenticatorEnrollmentRequest{
					AuthenticatorID: "aut2", Profile: &CreateTACAuthenticatorProfile{MultiUse: new(false), TTL: "60"},
				})
			},
			check: func(t *testing.T, got any) {
				if e := got.(*TACAuthenticatorEnrollment); e.Profile.TAC != "a7AfsOq6" || !e.Profile.MultiUse || e.Profile.ExpiresAt.IsZero() {
					t.Errorf("enrollment = %+v", e)
				}
			},
		},
	})
}

// TestUserAuthenticatorEnrollmentsRoundTrip: unknown members and unknown authenticator types survive.
func TestUserAuthenticatorEnrollmentsRoundTrip(t *testing.T) {
	t.Parallel()
	e := assertRoundTrip[*AuthenticatorEnrollment](t, []byte(`{"type":"proximity","id":"x","profile":{"deviceName":"d"}}`))
	if e.Type != "proximity" {
		t.Errorf("type = %q", e.Type)
	}
	assertRoundTrip[*TACAuthenticatorEnrollment](t, []byte(tacEnrollmentPayload))
	assertRoundTrip[*CreateTACAuthenticatorEnrollmentRequest](t, []byte(`{"authenticatorId":"a","profile":{"ttl":"10","x":1},"y":2}`))
}
