package okta

import (
	"context"
	"errors"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Response is the HTTP response to an API call, with what Okta says in its headers parsed. Methods return it
// even with an error, so callers can read the request ID and rate-limit state of a failed call.
type Response struct {
	*http.Response

	// After is the cursor of the next page of a list (empty on the last page). Store it and pass it back in the
	// options' After field to resume the list later.
	After string
	// RequestID is the X-Okta-Request-Id header, which Okta support asks for.
	RequestID string
	// RateLimit is the state of the rate-limit bucket this request counted against.
	RateLimit RateLimit

	next *url.URL // the next page's link, as Okta sent it
}

// RateLimit is Okta's X-Rate-Limit-* headers.
type RateLimit struct {
	// Limit is how many requests the bucket allows per window.
	Limit int
	// Remaining is how many are left in this window.
	Remaining int
	// Reset is when the window ends and the bucket refills.
	Reset time.Time
}

// HasNextPage reports whether a list has a page after this one.
func (r *Response) HasNextPage() bool { return r != nil && r.next != nil }

func newResponse(hr *http.Response) *Response {
	r := &Response{Response: hr, RequestID: hr.Header.Get("X-Okta-Request-Id")}
	r.RateLimit.Limit, _ = strconv.Atoi(hr.Header.Get("X-Rate-Limit-Limit"))
	r.RateLimit.Remaining, _ = strconv.Atoi(hr.Header.Get("X-Rate-Limit-Remaining"))
	if reset, ok := smallestReset(hr.Header); ok {
		r.RateLimit.Reset = time.Unix(reset, 0)
	}
	if next := nextLink(hr.Header); next != nil {
		r.setNext(next)
	}
	return r
}

// setNext records the link to the next page and its cursor.
func (r *Response) setNext(next *url.URL) {
	r.next = next
	q := next.Query()
	r.After = q.Get("after")
	if r.After == "" {
		r.After = q.Get("cursor")
	}
}

// smallestReset reads X-Rate-Limit-Reset, which may come several times or comma-separated; the smallest value
// is the bucket that frees up first.
func smallestReset(h http.Header) (int64, bool) {
	var best int64
	found := false
	for _, v := range h.Values("X-Rate-Limit-Reset") {
		for part := range strings.SplitSeq(v, ",") {
			n, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
			if err != nil {
				continue
			}
			if !found || n < best {
				best, found = n, true
			}
		}
	}
	return best, found
}

// link is one entry of a Link header.
type link struct {
	target string
	rels   []string
}

// parseLinks reads every Link header value and every comma-separated link in each (RFC 8288): targets in
// angle brackets, parameters quoted or not.
func parseLinks(h http.Header) []link {
	var links []link
	for _, v := range h.Values("Link") {
		for v != "" {
			start := strings.IndexByte(v, '<')
			if start < 0 {
				break
			}
			end := strings.IndexByte(v[start:], '>')
			if end < 0 {
				break
			}
			l := link{target: strings.TrimSpace(v[start+1 : start+end])}
			v = v[start+end+1:]
			// Parameters run to the next comma outside quotes.
			inQuote := false
			i := 0
			for ; i < len(v); i++ {
				if v[i] == '"' {
					inQuote = !inQuote
				} else if v[i] == ',' && !inQuote {
					break
				}
			}
			for param := range strings.SplitSeq(v[:i], ";") {
				name, value, ok := strings.Cut(strings.TrimSpace(param), "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(name), "rel") {
					continue
				}
				l.rels = append(l.rels, strings.Fields(strings.Trim(strings.TrimSpace(value), `"`))...)
			}
			links = append(links, l)
			if i < len(v) {
				i++
			}
			v = v[i:]
		}
	}
	return links
}

// nextLink returns the path and query of the rel="next" link, if any.
func nextLink(h http.Header) *url.URL {
	for _, l := range parseLinks(h) {
		for _, rel := range l.rels {
			if strings.EqualFold(rel, "next") {
				return pageURL(l.target)
			}
		}
	}
	return nil
}

// pageURL returns the path and query of the link target, or nil if it is empty or does not parse. Only the path
// and query are kept: the next page is asked of the configured org, whatever host Okta names (it may name its
// canonical host when the client uses a custom domain).
func pageURL(target string) *url.URL {
	if target == "" {
		return nil
	}
	u, err := url.Parse(target)
	if err != nil {
		return nil
	}
	return &url.URL{Path: u.Path, RawPath: u.RawPath, RawQuery: u.RawQuery}
}

// sendEnvelope performs r, whose response is a list that Okta wraps in an object E (IAMRoles, RoleAssignedUsers,
// ...), and returns that object; page picks out its items and its _links. Okta links the next page of these
// lists from the body's _links.next rather than from a Link header: the Response takes the link from either, so
// HasNextPage, After and iterators work as they do for plain lists.
func sendEnvelope[E, T any](ctx context.Context, c *Client, r *request, page func(*E) ([]T, Links)) (*E, *Response, error) {
	var out *E
	resp, err := c.do(ctx, r, &out, false)
	if err == nil && out == nil {
		return nil, resp, emptyBodyError(r, resp)
	}
	if err == nil && resp != nil && resp.next == nil {
		if _, links := page(out); links != nil {
			if next := pageURL(links.Href("next")); next != nil {
				resp.setNext(next)
			}
		}
	}
	return out, resp, err
}

// Iterator walks a paginated list one item at a time, fetching pages as needed, like bufio.Scanner:
//
//	it := client.Users.ListIter(ctx, nil)
//	for it.Next() {
//		user := it.Value()
//	}
//	if err := it.Err(); err != nil { ... }
//
// It makes no request before the first call to Next, uses the context it was created with for every page,
// and never changes the options it was created from. An Iterator is not safe for concurrent use.
type Iterator[T any] struct {
	ctx   context.Context
	fetch func(ctx context.Context, next *url.URL) ([]T, *Response, error)

	page    []T
	i       int
	value   T
	resp    *Response
	err     error
	started bool
	seen    map[string]bool
}

// newIterator returns an iterator over the list that r fetches.
func newIterator[T any](ctx context.Context, c *Client, r *request) *Iterator[T] {
	return &Iterator[T]{ctx: ctx, fetch: func(ctx context.Context, next *url.URL) ([]T, *Response, error) {
		return send[[]T](ctx, c, pageRequest(r, next))
	}}
}

// sendItems performs r like sendEnvelope and returns only the items of the envelope: Okta's envelope carries
// nothing else but the links, and the Response keeps the next one.
func sendItems[E, T any](ctx context.Context, c *Client, r *request, page func(*E) ([]T, Links)) ([]T, *Response, error) {
	env, resp, err := sendEnvelope(ctx, c, r, page)
	if env == nil {
		return nil, resp, err
	}
	items, _ := page(env)
	return items, resp, err
}

// newEnvelopeIterator returns an iterator over the items of the list that r fetches, which Okta wraps in an
// object E; page picks out the items and the object's _links (see sendEnvelope).
func newEnvelopeIterator[E, T any](ctx context.Context, c *Client, r *request, page func(*E) ([]T, Links)) *Iterator[T] {
	return &Iterator[T]{ctx: ctx, fetch: func(ctx context.Context, next *url.URL) ([]T, *Response, error) {
		return sendItems(ctx, c, pageRequest(r, next), page)
	}}
}

// pageRequest returns the request for the page at next, or r itself for the first page (next nil). The link
// carries the query; the operation's header parameters (a media type that leaves fields out, ...) apply to
// every page, so they are kept.
func pageRequest(r *request, next *url.URL) *request {
	if next == nil {
		return r
	}
	page := &request{method: http.MethodGet, tmpl: r.tmpl, path: next.EscapedPath(), accept: r.accept, header: r.header, dr: r.dr}
	page.query, _ = url.ParseQuery(next.RawQuery)
	return page
}

// Next advances to the next item, fetching the next page when the current one is used up. It returns false
// at the end of the list or on an error; check Err.
func (it *Iterator[T]) Next() bool {
	for {
		if it.err != nil {
			return false
		}
		if it.i < len(it.page) {
			it.value = it.page[it.i]
			it.i++
			return true
		}
		var next *url.URL
		if it.started {
			if !it.resp.HasNextPage() {
				return false
			}
			next = it.resp.next
			// A server that links a page to itself would loop forever.
			key := next.String()
			if it.seen[key] {
				it.err = errors.New("okta: the list's next link repeats an earlier page: " + next.Path)
				return false
			}
			if it.seen == nil {
				it.seen = map[string]bool{}
			}
			it.seen[key] = true
		}
		it.started = true
		page, resp, err := it.fetch(it.ctx, next)
		it.page, it.i, it.resp, it.err = page, 0, resp, err
		if err == nil && resp == nil {
			it.err = errors.New("okta: internal error: a page without a response")
		}
	}
}

// Value returns the current item.
func (it *Iterator[T]) Value() T { return it.value }

// Err returns the error that stopped the iteration, or nil.
func (it *Iterator[T]) Err() error { return it.err }

// Response returns the response of the page most recently fetched, or nil before the first. Its After field is
// the cursor to resume from.
func (it *Iterator[T]) Response() *Response { return it.resp }

// All returns the remaining items as a sequence for range-over-func. An error ends the sequence with a final
// (zero value, error) pair; breaking out of the loop stops fetching.
//
//	for user, err := range client.Users.ListIter(ctx, nil).All() {
//		if err != nil { ... }
//	}
func (it *Iterator[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for it.Next() {
			if !yield(it.Value(), nil) {
				return
			}
		}
		if err := it.Err(); err != nil {
			var zero T
			yield(zero, err)
		}
	}
}
