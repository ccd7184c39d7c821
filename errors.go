package okta

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
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

// ErrInvalidInput is matched (with errors.Is) by the error of a call refused before anything was sent because
// of its arguments: an empty path ID ("okta: userId is empty"), or a nil request body where Okta requires one
// ("okta: Users.Create: user is nil: POST /api/v1/users requires a request body"). Such a call returns a nil
// *Response.
var ErrInvalidInput = errors.New("okta: invalid input")

// Okta error codes that programs commonly branch on. Compare them with [Error].ErrorCode, or use [HasCode]:
//
//	if okta.HasCode(err, okta.ErrorCodeNotFound) { ... }
//
// Okta documents the full list in its error codes reference; a code not listed here is still in ErrorCode.
const (
	// ErrorCodeValidation (400) is "Api validation failed": a field is missing, malformed or not unique. The
	// causes say which; see [IsDuplicate] for a unique value (a login, a name) that is already taken.
	ErrorCodeValidation = "E0000001"
	// ErrorCodeInvalidRequest (400) is "The request was not valid".
	ErrorCodeInvalidRequest = "E0000002"
	// ErrorCodeMalformedBody (400) is "The request body was not well-formed".
	ErrorCodeMalformedBody = "E0000003"
	// ErrorCodeAuthenticationFailed (401) is "Authentication failed".
	ErrorCodeAuthenticationFailed = "E0000004"
	// ErrorCodeForbidden (403) is "You do not have permission to perform the requested action".
	ErrorCodeForbidden = "E0000006"
	// ErrorCodeNotFound (404) is "Not found: Resource not found".
	ErrorCodeNotFound = "E0000007"
	// ErrorCodeInvalidToken (401) is "Invalid token provided": the API token or access token is wrong,
	// expired or revoked.
	ErrorCodeInvalidToken = "E0000011"
	// ErrorCodeAlreadyActive (403) is "Activation failed because the user is already active".
	ErrorCodeAlreadyActive = "E0000016"
	// ErrorCodeMethodNotAllowed (405) is "The endpoint does not support the provided HTTP method".
	ErrorCodeMethodNotAllowed = "E0000022"
	// ErrorCodeInvalidStatus (403) is "This operation is not allowed in the current status" (of a user, an
	// application, ...), such as deleting a user who is not deactivated.
	ErrorCodeInvalidStatus = "E0000038"
	// ErrorCodeRateLimited (429) is "API call exceeded rate limit due to too many requests".
	ErrorCodeRateLimited = "E0000047"
)

// Error is an error answered by Okta: any response with a status of 400 or more, and OAuth token endpoint
// failures. Its fields come from Okta's error body when there is one.
//
// Its message names the request, the status, the code and the summary once, then the causes:
//
//	okta: POST /api/v1/users: 400 E0000001: Api validation failed: login: An object with this field already exists in the current organization (request ID ...)
type Error struct {
	// StatusCode is the HTTP status of the response.
	StatusCode int `json:"-"`
	// ErrorCode is Okta's error code, such as E0000007 (not found) or E0000001 (validation failed): see the
	// ErrorCode constants. For OAuth token endpoint failures it is the OAuth error, such as invalid_client.
	ErrorCode string `json:"errorCode,omitempty"`
	// ErrorSummary is Okta's description of the error (or the OAuth error_description).
	ErrorSummary string `json:"errorSummary,omitempty"`
	// ErrorLink is Okta's link to the error's documentation.
	ErrorLink string `json:"errorLink,omitempty"`
	// ErrorID identifies this occurrence of the error in Okta's logs.
	ErrorID string `json:"errorId,omitempty"`
	// ErrorCauses lists the details of validation errors, each with the field it is about when Okta names one.
	ErrorCauses []ErrorCause `json:"errorCauses,omitempty"`
	// RequestID is the X-Okta-Request-Id of the response, which Okta support asks for.
	RequestID string `json:"-"`
	// Response is the response that carried the error; its Request is the request that failed. Every Error
	// this package returns has one (it is nil only in an Error built by hand). Its body has been read and
	// closed.
	Response *Response `json:"-"`
}

// ErrorCause is one detail of an Okta error.
type ErrorCause struct {
	// ErrorSummary describes the cause, such as "login: An object with this field already exists in the
	// current organization".
	ErrorSummary string `json:"errorSummary"`
	// Field is the field the cause is about ("login"), when ErrorSummary names one as "field: reason" or
	// "errors in the field: field"; otherwise "".
	Field string `json:"-"`
	// Reason is ErrorSummary without the field ("An object with this field already exists in the current
	// organization"), or all of it when it names no field.
	Reason string `json:"-"`
}

// parse fills Field and Reason from ErrorSummary.
func (c *ErrorCause) parse() {
	c.Field, c.Reason = "", c.ErrorSummary
	if f, ok := strings.CutPrefix(c.ErrorSummary, "errors in the field: "); ok && isFieldName(f) {
		c.Field = f
		return
	}
	if f, reason, ok := strings.Cut(c.ErrorSummary, ": "); ok && isFieldName(f) {
		c.Field, c.Reason = f, reason
	}
}

// isFieldName reports whether s looks like a JSON field path ("login", "profile.email", "settings[0]").
func isFieldName(s string) bool {
	if s == "" || len(s) > 100 {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '_' || r == '[' || r == ']' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// Error returns one line: the request's method and path, the status, the code, the summary, the causes and
// the request ID, each once.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("okta: ")
	if e.Response != nil && e.Response.Response != nil && e.Response.Request != nil && e.Response.Request.URL != nil {
		fmt.Fprintf(&b, "%s %s: ", e.Response.Request.Method, e.Response.Request.URL.Path)
	}
	fmt.Fprintf(&b, "%d", e.StatusCode)
	if e.ErrorCode != "" {
		b.WriteString(" " + e.ErrorCode)
	}
	summary := e.ErrorSummary
	if summary == "" && e.ErrorCode == "" {
		summary = http.StatusText(e.StatusCode)
	}
	var causes []string
	for _, c := range e.ErrorCauses {
		if c.ErrorSummary == "" || c.ErrorSummary == e.ErrorSummary || slices.Contains(causes, c.ErrorSummary) {
			continue
		}
		causes = append(causes, c.ErrorSummary)
		// "Api validation failed: login" followed by the cause "login: An object ..." names the field twice.
		if c.Field != "" {
			summary = strings.TrimSuffix(summary, ": "+c.Field)
		}
	}
	if summary != "" {
		b.WriteString(": " + summary)
	}
	if len(causes) > 0 {
		b.WriteString(": " + strings.Join(causes, "; "))
	}
	if e.RequestID != "" {
		fmt.Fprintf(&b, " (request ID %s)", e.RequestID)
	}
	return b.String()
}

// Causes returns the cause of each field Okta named, by field (the first one when a field has several). A
// cause that names no field is left out: read ErrorCauses for all of them.
func (e *Error) Causes() map[string]string {
	out := map[string]string{}
	for _, c := range e.ErrorCauses {
		if _, seen := out[c.Field]; c.Field != "" && !seen {
			out[c.Field] = c.Reason
		}
	}
	return out
}

// HasCode reports whether err is, or wraps, an [*Error] with the Okta error code code (see the ErrorCode
// constants).
func HasCode(err error, code string) bool {
	var e *Error
	return errors.As(err, &e) && e.ErrorCode == code
}

// IsDuplicate reports whether err is, or wraps, Okta's refusal of a value that must be unique and is already
// taken: a validation error (E0000001) with a cause such as "login: An object with this field already exists
// in the current organization". Creating a user whose login exists, or a group or app whose name exists, fails
// this way.
func IsDuplicate(err error) bool {
	var e *Error
	if !errors.As(err, &e) || e.ErrorCode != ErrorCodeValidation {
		return false
	}
	for _, c := range e.ErrorCauses {
		if strings.Contains(strings.ToLower(c.ErrorSummary), "already exists") {
			return true
		}
	}
	return false
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
	if json.Unmarshal(raw, &causes) != nil {
		var one ErrorCause
		if json.Unmarshal(raw, &one) != nil || one.ErrorSummary == "" {
			return nil
		}
		causes = []ErrorCause{one}
	}
	for i := range causes {
		causes[i].parse()
	}
	return causes
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
