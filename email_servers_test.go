package okta

import (
	"context"
	"testing"
)

const (
	emailServersTestID  = "6oc/1 x"
	emailServersTestEsc = "6oc%2F1%20x"
)

func emailServersCalls(t *testing.T) []apiCall {
	payload := func(op string) []byte { return firstPayload(t, "email_servers", op, "") }
	path := "/api/v1/email-servers/" + emailServersTestEsc
	return []apiCall{
		{
			op: "listEmailServers", method: "GET", path: "/api/v1/email-servers", response: fixture(t, "email_servers/listEmailServers/sample_servers.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.EmailServers.List(ctx)
			},
		},
		{
			op: "createEmailServer", method: "POST", path: "/api/v1/email-servers", status: 201,
			body:     `{"alias":"CustomServer1","enabled":false,"host":"smtp.example.com","port":587,"username":"okta-mailer","password":"correct horse battery staple"}`,
			response: payload("createEmailServer"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.EmailServers.Create(ctx, &CreateEmailServerRequest{Alias: "CustomServer1", Enabled: new(false), Host: "smtp.example.com", Port: 587,
					Username: "okta-mailer", Password: "correct horse battery staple"})
			},
		},
		{
			op: "getEmailServer", ids: []string{emailServersTestID}, method: "GET", path: path, response: payload("getEmailServer"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.EmailServers.Get(ctx, id[0])
			},
		},
		{
			op: "updateEmailServer", ids: []string{emailServersTestID}, method: "PATCH", path: path,
			body: `{"enabled":true,"port":465}`, response: payload("updateEmailServer"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.EmailServers.Update(ctx, id[0], &UpdateEmailServerRequest{Enabled: new(true), Port: 465})
			},
		},
		{
			op: "deleteEmailServer", ids: []string{emailServersTestID}, method: "DELETE", path: path, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.EmailServers.Delete(ctx, id[0]))
			},
		},
		{
			op: "testEmailServer", ids: []string{emailServersTestID}, method: "POST", path: path + "/test",
			body: `{"from":"noreply@example.com","to":"admin@example.com"}`, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.EmailServers.Test(ctx, id[0], &EmailTestAddresses{From: "noreply@example.com", To: "admin@example.com"}))
			},
		},
	}
}

// TestEmailServersRequests calls each EmailServersService method against a fake Okta and checks the method,
// escaped path, query and body it sends and the value it returns.
func TestEmailServersRequests(t *testing.T) {
	t.Parallel()
	calls := emailServersCalls(t)
	checkCalledOperations(t, calls, "EmailServer")
	runAPICalls(t, calls)
}

// TestEmailServersPayloads decodes every payload of the EmailServer operations into the method's return type
// and checks that nothing is lost or changed: false and empty lists included.
func TestEmailServersPayloads(t *testing.T) {
	t.Parallel()
	list := func(t *testing.T, raw []byte) { assertRoundTrip[*EmailServerListResponse](t, raw) }
	server := func(t *testing.T, raw []byte) { assertRoundTrip[*EmailServerResponse](t, raw) }
	checkRecordedPayloads(t, "email_servers", map[string]func(t *testing.T, raw []byte){
		"listEmailServers":  list,
		"createEmailServer": server,
		"getEmailServer":    list,
		"updateEmailServer": server,
		// Request bodies.
		"requests/createEmailServer": func(t *testing.T, raw []byte) { assertRoundTrip[*CreateEmailServerRequest](t, raw) },
		"requests/updateEmailServer": func(t *testing.T, raw []byte) { assertRoundTrip[*UpdateEmailServerRequest](t, raw) },
		"requests/testEmailServer":   func(t *testing.T, raw []byte) { assertRoundTrip[*EmailTestAddresses](t, raw) },
	})
}
