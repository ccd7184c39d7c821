package okta

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
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
			"okta: GET /api/v1/users/00u1: 404 E0000007: Not found: Resource not found: invalid-pool-id-12345 (AppInstance) (request ID req-1)", ErrNotFound},
		{"E0000001 with causes", 400, "application/json", fixture(t, "core/e0000001.json"), "E0000001",
			"okta: GET /api/v1/users/00u1: 400 E0000001: Api validation failed: errors in the field: name; errors in the field: agentType; errors in the field: agentList (request ID req-1)", nil},
		{"E0000047 rate limited", 429, "application/json", fixture(t, "core/e0000047.json"), "E0000047",
			"okta: GET /api/v1/users/00u1: 429 E0000047: API call exceeded rate limit due to too many requests. (request ID req-1)", ErrRateLimited},
		{"non-Okta 404 body without content type", 404, "", fixture(t, "core/notfound_plain.json"), "",
			"okta: GET /api/v1/users/00u1: 404: Resource not found (request ID req-1)", ErrNotFound},
		{"HTML from a proxy", 502, "text/html", []byte("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"), "",
			"okta: GET /api/v1/users/00u1: 502: 502 Bad Gateway (request ID req-1)", nil},
		{"empty body", 401, "", nil, "", "okta: GET /api/v1/users/00u1: 401: Unauthorized (request ID req-1)", ErrUnauthorized},
		{"OAuth error", 401, "application/json", []byte(`{"error":"invalid_client","error_description":"The client_assertion signature is invalid."}`), "invalid_client",
			"okta: GET /api/v1/users/00u1: 401 invalid_client: The client_assertion signature is invalid. (request ID req-1)", ErrUnauthorized},
		{"one cause as an object", 400, "application/json", []byte(`{"errorCode":"E0000001","errorSummary":"Api validation failed: captchaId","errorLink":"E0000001","errorId":"oae-hk3rssXQmOWDRsaFfxe8A","errorCauses":{"errorSummary":"captchaId: Invalid CAPTCHA ID."}}`), "E0000001",
			"okta: GET /api/v1/users/00u1: 400 E0000001: Api validation failed: captchaId: Invalid CAPTCHA ID. (request ID req-1)", nil},
		{"duplicate login", 400, "application/json", []byte(`{"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oaeA1","errorCauses":[{"errorSummary":"login: An object with this field already exists in the current organization"}]}`), "E0000001",
			"okta: GET /api/v1/users/00u1: 400 E0000001: Api validation failed: login: An object with this field already exists in the current organization (request ID req-1)", nil},
		{"forbidden", 403, "application/json", []byte(`{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}`), "E0000006",
			"okta: GET /api/v1/users/00u1: 403 E0000006: You do not have permission to perform the requested action (request ID req-1)", ErrForbidden},
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
			user, resp, err := c.Users.Get(t.Context(), "00u1", nil)
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
	_, _, err := c.Users.Get(t.Context(), "00u1", nil)
	var oe *Error
	if !errors.As(err, &oe) || len(oe.Error()) > 400 {
		t.Errorf("err = %v", err)
	}
}

// TestErrorClassification: code constants, IsDuplicate and the causes as data tell a duplicate login from other
// 400s.
func TestErrorClassification(t *testing.T) {
	t.Parallel()
	dup := &Error{StatusCode: 400, ErrorCode: ErrorCodeValidation, ErrorSummary: "Api validation failed: login",
		ErrorCauses: errorCauses([]byte(`[{"errorSummary":"login: An object with this field already exists in the current organization"}]`))}
	fields := &Error{StatusCode: 400, ErrorCode: ErrorCodeValidation, ErrorSummary: "Api validation failed: name",
		ErrorCauses: errorCauses(fixtureCauses(t))}
	malformed := &Error{StatusCode: 400, ErrorCode: ErrorCodeMalformedBody, ErrorSummary: "The request body was not well-formed."}
	notFound := &Error{StatusCode: 404, ErrorCode: ErrorCodeNotFound}
	tests := []struct {
		name       string
		err        error
		duplicate  bool
		code       string
		wantCauses map[string]string
	}{
		{"duplicate login", fmt.Errorf("creating: %w", dup), true, ErrorCodeValidation,
			map[string]string{"login": "An object with this field already exists in the current organization"}},
		{"fields in error", fields, false, ErrorCodeValidation,
			map[string]string{"name": "errors in the field: name", "agentType": "errors in the field: agentType", "agentList": "errors in the field: agentList"}},
		{"malformed body", malformed, false, ErrorCodeMalformedBody, map[string]string{}},
		{"not found", notFound, false, ErrorCodeNotFound, map[string]string{}},
		{"not an Okta error", errors.New("dial tcp: refused"), false, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := IsDuplicate(tt.err); got != tt.duplicate {
				t.Errorf("IsDuplicate = %v, want %v", got, tt.duplicate)
			}
			for _, code := range []string{ErrorCodeValidation, ErrorCodeMalformedBody, ErrorCodeNotFound, ErrorCodeRateLimited} {
				if got := HasCode(tt.err, code); got != (code == tt.code) {
					t.Errorf("HasCode(%s) = %v", code, got)
				}
			}
			var oe *Error
			if !errors.As(tt.err, &oe) {
				if tt.wantCauses != nil {
					t.Fatal("not an *Error")
				}
				return
			}
			if diff := gocmp.Diff(tt.wantCauses, oe.Causes()); diff != "" {
				t.Errorf("Causes() (-want +got):\n%s", diff)
			}
		})
	}
}

// fixtureCauses is the errorCauses of the recorded E0000001 body.
func fixtureCauses(t *testing.T) []byte {
	t.Helper()
	var body struct {
		ErrorCauses json.RawMessage `json:"errorCauses"`
	}
	if err := json.Unmarshal(fixture(t, "core/e0000001.json"), &body); err != nil {
		t.Fatal(err)
	}
	return body.ErrorCauses
}
