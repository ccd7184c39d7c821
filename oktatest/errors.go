package oktatest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// apiError is an error answered in Okta's error model.
type apiError struct {
	status  int
	code    string
	summary string
	causes  []string
	header  http.Header // extra response headers, such as WWW-Authenticate
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s: %s", e.status, e.code, e.summary) }

// errorJSON is Okta's error body.
type errorJSON struct {
	ErrorCode    string      `json:"errorCode"`
	ErrorSummary string      `json:"errorSummary"`
	ErrorLink    string      `json:"errorLink"`
	ErrorID      string      `json:"errorId"`
	ErrorCauses  []causeJSON `json:"errorCauses"`
}

type causeJSON struct {
	ErrorSummary string `json:"errorSummary"`
}

// The errors Okta answers, by code. Summaries are Okta's own words.

func errNotFound(id, kind string) *apiError {
	return &apiError{status: http.StatusNotFound, code: "E0000007",
		summary: fmt.Sprintf("Not found: Resource not found: %s (%s)", id, kind)}
}

func errValidation(field string, causes ...string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "E0000001", summary: "Api validation failed: " + field, causes: causes}
}

func errMalformedBody() *apiError {
	return &apiError{status: http.StatusBadRequest, code: "E0000003", summary: "The request body was not well-formed."}
}

func errInvalidToken() *apiError {
	return &apiError{status: http.StatusUnauthorized, code: "E0000011", summary: "Invalid token provided"}
}

func errForbidden(causes ...string) *apiError {
	return &apiError{status: http.StatusForbidden, code: "E0000006", summary: "You do not have permission to perform the requested action", causes: causes}
}

func errRateLimited() *apiError {
	return &apiError{status: http.StatusTooManyRequests, code: "E0000047", summary: "API call exceeded rate limit due to too many requests."}
}

func errMethodNotAllowed(allowed []string) *apiError {
	e := &apiError{status: http.StatusMethodNotAllowed, code: "E0000022", summary: "The endpoint does not support the provided HTTP method"}
	if len(allowed) > 0 {
		e.header = http.Header{"Allow": {strings.Join(allowed, ", ")}}
	}
	return e
}

func errUnknownPath(path string) *apiError {
	return &apiError{status: http.StatusNotFound, code: "E0000007", summary: "Not found: Resource not found: " + path}
}

func errLifecycle() *apiError {
	return &apiError{status: http.StatusForbidden, code: "E0000038", summary: "This operation is not allowed in the user's current status."}
}

func errAlreadyActive() *apiError {
	return &apiError{status: http.StatusForbidden, code: "E0000016", summary: "Activation failed because the user is already active"}
}

func errNotLockedOut() *apiError {
	return &apiError{status: http.StatusForbidden, code: "E0000032", summary: "Unlock is not allowed for this user.",
		causes: []string{"The user is not locked out."}}
}

func errInvalidCursor() *apiError {
	return &apiError{status: http.StatusBadRequest, code: "E0000029", summary: "Invalid paging request.", causes: []string{"Invalid cursor."}}
}

func errSearch(cause string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "E0000031", summary: "Invalid search criteria.", causes: []string{cause}}
}

func errMissingParameter(name string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "E0000028", summary: "The request is missing a required parameter.",
		causes: []string{name + ": The request is missing this required parameter."}}
}

// errStatus is the error for an injected failure with the given status.
func errStatus(status int) *apiError {
	switch status {
	case http.StatusTooManyRequests:
		return errRateLimited()
	case http.StatusUnauthorized:
		return errInvalidToken()
	case http.StatusForbidden:
		return errForbidden()
	case http.StatusNotFound:
		return &apiError{status: status, code: "E0000007", summary: "Not found: Resource not found"}
	}
	if status >= 500 {
		return &apiError{status: status, code: "E0000009", summary: "Internal Server Error"}
	}
	return &apiError{status: status, code: "E0000001", summary: http.StatusText(status)}
}

// writeError answers with err in Okta's error model.
func (s *Server) writeError(w http.ResponseWriter, err *apiError) {
	for k, v := range err.header {
		w.Header()[k] = v
	}
	causes := make([]causeJSON, 0, len(err.causes))
	for _, c := range err.causes {
		causes = append(causes, causeJSON{ErrorSummary: c})
	}
	writeJSON(w, err.status, errorJSON{
		ErrorCode:    err.code,
		ErrorSummary: err.summary,
		ErrorLink:    err.code,
		ErrorID:      "oae" + s.ids.random(22),
		ErrorCauses:  causes,
	})
}

// writeJSON answers with v encoded as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, "oktatest: encoding the response: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// maxBody caps request bodies.
const maxBody = 1 << 20

// decodeBody decodes the JSON request body into v. An empty body leaves v alone; malformed JSON is Okta's
// E0000003. Numbers decode as json.Number so that custom attributes keep their exact value.
func decodeBody(r *http.Request, v any) *apiError {
	data, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return errMalformedBody()
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return errMalformedBody()
	}
	return nil
}

// oktaTime is a time written the way Okta writes them: UTC with milliseconds, "2025-09-29T03:49:50.000Z".
type oktaTime time.Time

const oktaTimeFormat = "2006-01-02T15:04:05.000Z"

func (t oktaTime) MarshalJSON() ([]byte, error) {
	return []byte(`"` + time.Time(t).UTC().Format(oktaTimeFormat) + `"`), nil
}

// ptime returns a pointer for a nullable time: nil (JSON null) for the zero time.
func ptime(t time.Time) *oktaTime {
	if t.IsZero() {
		return nil
	}
	ot := oktaTime(t)
	return &ot
}
