package okta

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"
)

// maxErrorBody caps how much of an error response is read: enough for any Okta error, not enough for a proxy
// to flood memory with an HTML page.
const maxErrorBody = 64 << 10

// Sentinel errors for the common HTTP statuses. An [*Error] matches them with errors.Is:
//
//	if errors.Is(err, okta.ErrNotFound) { ... }
var (
	ErrNotFound     = errors.New("okta: not found")
	ErrUnauthorized = errors.New("okta: unauthorized")
	ErrForbidden    = errors.New("okta: forbidden")
	ErrRateLimited  = errors.New("okta: rate limited")
)

// Error is an error answered by Okta: any response with a status of 400 or more, and OAuth token endpoint
// failures. Its fields come from Okta's error body when there is one.
type Error struct {
	// StatusCode is the HTTP status of the response.
	StatusCode int `json:"-"`
	// ErrorCode is Okta's error code, such as E0000007 (not found) or E0000001 (validation failed). For OAuth
	// token endpoint failures it is the OAuth error, such as invalid_client.
	ErrorCode string `json:"errorCode,omitempty"`
	// ErrorSummary is Okta's description of the error (or the OAuth error_description).
	ErrorSummary string `json:"errorSummary,omitempty"`
	// ErrorLink is Okta's link to the error's documentation.
	ErrorLink string `json:"errorLink,omitempty"`
	// ErrorID identifies this occurrence of the error in Okta's logs.
	ErrorID string `json:"errorId,omitempty"`
	// ErrorCauses lists the details of validation errors.
	ErrorCauses []ErrorCause `json:"errorCauses,omitempty"`
	// RequestID is the X-Okta-Request-Id of the response, which Okta support asks for.
	RequestID string `json:"-"`
	// Response is the response that carried the error. Its body has been read and closed.
	Response *Response `json:"-"`
}

// ErrorCause is one detail of an Okta error.
type ErrorCause struct {
	// ErrorSummary describes the cause, such as "login: An object with this field already exists".
	ErrorSummary string `json:"errorSummary"`
}

// Error returns one line with the status, code, summary, causes and request ID.
func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "okta: %d", e.StatusCode)
	if e.ErrorCode != "" {
		b.WriteString(" " + e.ErrorCode)
	}
	summary := e.ErrorSummary
	if summary == "" && e.ErrorCode == "" {
		summary = http.StatusText(e.StatusCode)
	}
	if summary != "" {
		b.WriteString(": " + summary)
	}
	sep := ": "
	for _, c := range e.ErrorCauses {
		if c.ErrorSummary == "" || c.ErrorSummary == e.ErrorSummary {
			continue
		}
		b.WriteString(sep + c.ErrorSummary)
		sep = "; "
	}
	if e.RequestID != "" {
		fmt.Fprintf(&b, " (request ID %s)", e.RequestID)
	}
	return b.String()
}

// Is reports whether e matches one of the sentinel errors: ErrNotFound, ErrUnauthorized, ErrForbidden or
// ErrRateLimited.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	}
	return false
}

// errorBody is every shape of error body Okta and its front doors send.
type errorBody struct {
	ErrorCode        string          `json:"errorCode"`
	ErrorSummary     string          `json:"errorSummary"`
	ErrorLink        string          `json:"errorLink"`
	ErrorID          string          `json:"errorId"`
	ErrorCauses      json.RawMessage `json:"errorCauses"` // a list, or one cause as an object (org CAPTCHA settings)
	OAuthError       string          `json:"error"`
	OAuthDescription string          `json:"error_description"`
	Message          string          `json:"message"`
}

// newError builds the *Error for a response with a status of 400 or more, reading (up to a cap) and closing
// its body.
func newError(resp *Response) *Error {
	e := &Error{StatusCode: resp.StatusCode, RequestID: resp.RequestID, Response: resp}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	resp.Body.Close()
	var eb errorBody
	if json.Unmarshal(body, &eb) == nil {
		e.ErrorCode, e.ErrorSummary, e.ErrorLink, e.ErrorID = eb.ErrorCode, eb.ErrorSummary, eb.ErrorLink, eb.ErrorID
		e.ErrorCauses = errorCauses(eb.ErrorCauses)
		if e.ErrorCode == "" && eb.OAuthError != "" {
			e.ErrorCode, e.ErrorSummary = eb.OAuthError, eb.OAuthDescription
		}
		if e.ErrorSummary == "" {
			e.ErrorSummary = eb.Message
		}
		return e
	}
	e.ErrorSummary = plainMessage(body)
	return e
}

// errorCauses decodes Okta's errorCauses: a list of causes, or a single cause written as an object.
func errorCauses(raw json.RawMessage) []ErrorCause {
	var causes []ErrorCause
	if json.Unmarshal(raw, &causes) == nil {
		return causes
	}
	var one ErrorCause
	if json.Unmarshal(raw, &one) == nil && one.ErrorSummary != "" {
		return []ErrorCause{one}
	}
	return nil
}

// plainMessage makes one short line of a non-JSON error body (an HTML page from a proxy, plain text).
func plainMessage(body []byte) string {
	if !utf8.Valid(body) {
		return ""
	}
	s := string(body)
	if i := strings.Index(strings.ToLower(s), "<title>"); i >= 0 {
		s = s[i+len("<title>"):]
		if j := strings.Index(strings.ToLower(s), "</title>"); j >= 0 {
			s = s[:j]
		}
	} else if strings.HasPrefix(strings.TrimSpace(s), "<") {
		return ""
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// redactRequest returns a copy of req that callers may keep (Response.Request, Error.Response.Request):
// without the headers that carry credentials (Authorization, DPoP, Proxy-Authorization, Cookie), without
// a body or a way to replay it (a token request's body is a client assertion), and without the chain of
// earlier responses, whose requests carried the same headers.
func redactRequest(req *http.Request) *http.Request {
	if req == nil {
		return nil
	}
	r := req.Clone(req.Context())
	for _, h := range []string{"Authorization", "DPoP", "Proxy-Authorization", "Cookie"} {
		r.Header.Del(h)
	}
	r.Body, r.GetBody, r.Response = nil, nil, nil
	return r
}
