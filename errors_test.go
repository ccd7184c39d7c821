package okta

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestErrorsFromRecordedBodies(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		status      int
		contentType string
		body        []byte
		wantCode    string
		wantMessage string
		is          error
	}{
		{"E0000007 not found", 404, "application/json", fixture(t, "core/e0000007.json"), "E0000007",
			"okta: 404 E0000007: Not found: Resource not found: invalid-pool-id-12345 (AppInstance) (request ID req-1)", ErrNotFound},
		{"E0000001 with causes", 400, "application/json", fixture(t, "core/e0000001.json"), "E0000001",
			"okta: 400 E0000001: Api validation failed: name: errors in the field: name; errors in the field: agentType; errors in the field: agentList (request ID req-1)", nil},
		{"E0000047 rate limited", 429, "application/json", fixture(t, "core/e0000047.json"), "E0000047",
			"okta: 429 E0000047: API call exceeded rate limit due to too many requests. (request ID req-1)", ErrRateLimited},
		{"non-Okta 404 body without content type", 404, "", fixture(t, "core/notfound_plain.json"), "",
			"okta: 404: Resource not found (request ID req-1)", ErrNotFound},
		{"HTML from a proxy", 502, "text/html", []byte("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"), "",
			"okta: 502: 502 Bad Gateway (request ID req-1)", nil},
		{"empty body", 401, "", nil, "", "okta: 401: Unauthorized (request ID req-1)", ErrUnauthorized},
		{"OAuth error", 401, "application/json", []byte(`{"error":"invalid_client","error_description":"The client_assertion signature is invalid."}`), "invalid_client",
			"okta: 401 invalid_client: The client_assertion signature is invalid. (request ID req-1)", ErrUnauthorized},
		{"one cause as an object", 400, "application/json", []byte(`{"errorCode":"E0000001","errorSummary":"Api validation failed: captchaId","errorLink":"E0000001","errorId":"oae-hk3rssXQmOWDRsaFfxe8A","errorCauses":{"errorSummary":"captchaId: Invalid CAPTCHA ID."}}`), "E0000001",
			"okta: 400 E0000001: Api validation failed: captchaId: captchaId: Invalid CAPTCHA ID. (request ID req-1)", nil},
		{"forbidden", 403, "application/json", []byte(`{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}`), "E0000006",
			"okta: 403 E0000006: You do not have permission to perform the requested action (request ID req-1)", ErrForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t, WithMaxRetries(0))
			mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
				if tt.contentType != "" {
					w.Header().Set("Content-Type", tt.contentType)
				}
				w.Header().Set("X-Okta-Request-Id", "req-1")
				w.WriteHeader(tt.status)
				w.Write(tt.body)
			})
			user, resp, err := c.Users.Get(t.Context(), "00u1")
			if user != nil {
				t.Errorf("user = %+v, want nil", user)
			}
			var oe *Error
			if !errors.As(err, &oe) {
				t.Fatalf("err = %v (%T), want *okta.Error", err, err)
			}
			if oe.StatusCode != tt.status || oe.ErrorCode != tt.wantCode || oe.RequestID != "req-1" {
				t.Errorf("Error = %+v", oe)
			}
			if got := err.Error(); got != tt.wantMessage {
				t.Errorf("Error() = %q\nwant      %q", got, tt.wantMessage)
			}
			if resp == nil || resp.StatusCode != tt.status || oe.Response != resp {
				t.Errorf("resp = %v, want the %d response, also in Error.Response", resp, tt.status)
			}
			for _, sentinel := range []error{ErrNotFound, ErrUnauthorized, ErrForbidden, ErrRateLimited} {
				if got, want := errors.Is(err, sentinel), sentinel == tt.is; got != want {
					t.Errorf("errors.Is(err, %v) = %v, want %v", sentinel, got, want)
				}
			}
		})
	}
}

func TestErrorBodyIsCapped(t *testing.T) {
	t.Parallel()
	c, mux := setup(t, WithMaxRetries(0))
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(strings.Repeat("x", 4*maxErrorBody)))
	})
	_, _, err := c.Users.Get(t.Context(), "00u1")
	var oe *Error
	if !errors.As(err, &oe) || len(oe.Error()) > 400 {
		t.Errorf("err = %v", err)
	}
}
