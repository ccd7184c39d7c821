package oktatest

import (
	"cmp"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// listing describes how to page through one kind of resource.
type listing[T any] struct {
	key      func(T) (id string, seq uint64)
	defLimit int // the page size when the request sets none
	maxLimit int // larger limits are cut to this
	sorted   bool
}

// paginate returns the page of items (in list order) that the request's after and limit ask for, and sets
// the Link headers Okta sends: rel="self" for this page and, when more items follow, rel="next" with the
// cursor of the last item, as separate header values. Items are in creation order unless the listing is
// sorted; the cursor of a creation-ordered list stays valid when its item is deleted.
func paginate[T any](s *Server, c *call, items []T, l listing[T]) ([]T, *apiError) {
	limit := l.defLimit
	if n, err := strconv.Atoi(c.query("limit")); err == nil && n > 0 {
		limit = min(n, l.maxLimit)
	}
	after := c.query("after")
	start := 0
	if after != "" {
		if l.sorted {
			i := slices.IndexFunc(items, func(v T) bool { id, _ := l.key(v); return id == after })
			if i < 0 {
				return nil, errInvalidCursor()
			}
			start = i + 1
		} else {
			seq, ok := s.cursors[after]
			if !ok {
				return nil, errInvalidCursor()
			}
			start = len(items)
			for i, v := range items {
				if _, sq := l.key(v); sq > seq {
					start = i
					break
				}
			}
		}
	}
	end := min(start+limit, len(items))
	page := items[start:end]
	h := c.w.Header()
	h.Add("Link", "<"+s.pageURL(c, after, limit)+`>; rel="self"`)
	if end < len(items) && len(page) > 0 {
		id, _ := l.key(page[len(page)-1])
		h.Add("Link", "<"+s.pageURL(c, id, limit)+`>; rel="next"`)
	}
	return page, nil
}

// pageURL is the URL of a page of the request's list: Okta writes after and limit first, then the other
// parameters of the request.
func (s *Server) pageURL(c *call, after string, limit int) string {
	var b strings.Builder
	b.WriteString(s.URL + c.r.URL.EscapedPath() + "?")
	if after != "" {
		b.WriteString("after=" + url.QueryEscape(after) + "&")
	}
	b.WriteString("limit=" + strconv.Itoa(limit))
	q := c.r.URL.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		if k != "after" && k != "limit" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, v := range q[k] {
			b.WriteString("&" + url.QueryEscape(k) + "=" + url.QueryEscape(v))
		}
	}
	return b.String()
}

// sortBy sorts items by the attribute attr as get reads it, descending if order is "desc". Items without the
// attribute go last.
func sortBy[T any](items []T, attr, order string, get func(T) getter) {
	desc := strings.EqualFold(order, "desc")
	slices.SortStableFunc(items, func(a, b T) int {
		va, oka := get(a)(attr)
		vb, okb := get(b)(attr)
		oka, okb = oka && va != nil, okb && vb != nil
		switch {
		case !oka && !okb:
			return 0
		case !oka:
			return 1
		case !okb:
			return -1
		}
		c := compareValues(va, vb)
		if desc {
			c = -c
		}
		return c
	})
}

func compareValues(a, b any) int {
	if fa, ok := asFloat(a); ok {
		if fb, ok := asFloat(b); ok {
			return cmp.Compare(fa, fb)
		}
	}
	if ta, ok := a.(time.Time); ok {
		if tb, ok := b.(time.Time); ok {
			return ta.Compare(tb)
		}
	}
	sa, _ := asString(a)
	sb, _ := asString(b)
	if _, ok := a.(bool); ok {
		sa, sb = jsonText(a), jsonText(b)
	}
	return strings.Compare(strings.ToLower(sa), strings.ToLower(sb))
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// filterItems keeps the items for which keep returns true.
func filterItems[T any](items []T, keep func(T) bool) []T {
	var out []T
	for _, v := range items {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// cloneMap copies a JSON object one level deep; nested values are never changed in place, so sharing them is
// safe.
func cloneMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// str reads a string member of a JSON object.
func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

// timeOrNil makes a getter value of a time: nil when it is unset.
func timeOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}
