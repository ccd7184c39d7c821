package okta

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
)

// Do calls any path of the org with the client's credentials, retry policy, rate-limit handling and error
// model, for operations this package has no method for yet. path is the escaped path, with an optional query
// ("/api/v1/users?limit=25"); it must start with "/" and cannot name another host, so credentials never leave
// the org. Escape IDs you put in it with url.PathEscape.
//
// body, when not nil, is encoded as JSON (a json.RawMessage or []byte is sent as it is, and must be JSON).
// out, when not nil, receives the decoded response body: a pointer to any type encoding/json can decode into,
// to one of this package's models or unions, or to a []byte or string for the raw body. The [*Response] says
// whether a next page follows (see [NewIterator] to walk all of them).
//
//	var users []okta.User
//	resp, err := client.Do(ctx, http.MethodGet, "/api/v1/users?limit=2", nil, &users)
func (c *Client) Do(ctx context.Context, method, path string, body, out any) (*Response, error) {
	r, err := rawRequest(method, path)
	if err != nil {
		return nil, err
	}
	switch b := body.(type) {
	case []byte:
		if b != nil {
			r.body = &rawBody{contentType: "application/json", data: b}
		}
	default:
		if v := reflect.ValueOf(body); body != nil && !(v.Kind() == reflect.Pointer && v.IsNil()) {
			r.body = body
		}
	}
	if out != nil {
		if err := checkOut(out); err != nil {
			return nil, err
		}
	}
	return c.do(ctx, r, out, false)
}

// NewIterator returns an iterator over the paged list at path (as for [Client.Do], with an optional query),
// decoding each item into a T and following Okta's Link headers from page to page. Use it for lists this
// package has no method for yet.
//
//	it := okta.NewIterator[okta.User](ctx, client, "/api/v1/users?limit=200")
//	for it.Next() { ... }
//	if err := it.Err(); err != nil { ... }
//
// A bad path is reported by the iterator's Err after the first call to Next.
func NewIterator[T any](ctx context.Context, c *Client, path string) *Iterator[T] {
	r, err := rawRequest(http.MethodGet, path)
	if err != nil {
		r = &request{method: http.MethodGet, err: err}
	}
	return newIterator[T](ctx, c, r)
}

// rawRequest checks the method and path of a raw call and builds its request.
func rawRequest(method, path string) (*request, error) {
	switch {
	case method == "":
		return nil, errors.New("okta: the method is empty")
	case strings.IndexFunc(method, func(r rune) bool { return r <= ' ' || r >= 0x7f }) >= 0:
		return nil, fmt.Errorf("okta: the method %q is not a valid HTTP method", method)
	case path == "":
		return nil, errors.New("okta: the path is empty")
	case !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") || strings.HasPrefix(path, `/\`):
		return nil, fmt.Errorf("okta: the path %q must start with a single \"/\": it is a path of the org, not a URL", path)
	case strings.ContainsAny(path, "#\r\n"):
		return nil, fmt.Errorf("okta: the path %q must not contain a fragment or a line break", path)
	}
	p, rawQuery, _ := strings.Cut(path, "?")
	if _, err := url.PathUnescape(p); err != nil {
		return nil, fmt.Errorf("okta: the path %q is not properly escaped: %w", path, err)
	}
	for _, seg := range strings.Split(p, "/") {
		if s, _ := url.PathUnescape(seg); s == "." || s == ".." {
			return nil, fmt.Errorf("okta: the path %q must not contain %q segments", path, s)
		}
	}
	r := &request{method: strings.ToUpper(method), path: p}
	if rawQuery != "" {
		q, err := url.ParseQuery(rawQuery)
		if err != nil {
			return nil, fmt.Errorf("okta: the query of %q does not parse: %w", path, err)
		}
		r.query = q
	}
	return r, nil
}

// checkOut reports an out argument that cannot receive a decoded body.
func checkOut(out any) error {
	if v := reflect.ValueOf(out); v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("okta: out must be a non-nil pointer, not %T", out)
	}
	return nil
}
