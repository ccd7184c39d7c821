package oktatest

import (
	_ "embed"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// operationsTable lists every operation of the Okta Management API 5.1.0 as "METHOD path operationId" lines,
// so that a request the fake does not implement is answered with the name of the operation it asked for.
//
//go:embed operations.txt
var operationsTable string

// operation is one operation of the API: its method, its path template and its ID.
type operation struct {
	method string
	path   pattern
	id     string
}

// operations is operationsTable parsed, plus the OAuth token endpoint, which the management spec leaves out.
var operations = parseOperations(operationsTable)

func parseOperations(table string) []operation {
	var ops []operation
	for line := range strings.Lines(table) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			panic("oktatest: malformed line in operations.txt: " + line)
		}
		// One path in the spec is written "${appId}"; it means "{appId}".
		ops = append(ops, operation{method: f[0], path: mustPattern(strings.ReplaceAll(f[1], "${", "{")), id: f[2]})
	}
	ops = append(ops, operation{method: http.MethodPost, path: mustPattern("/oauth2/v1/token"), id: tokenOperation})
	return ops
}

// tokenOperation names the OAuth token endpoint among the operations.
const tokenOperation = "oauthToken"

// pattern is a path template: literal segments, "{name}" segments that match any one segment, and optionally a
// final "{name...}" segment or a trailing slash that match the rest of the path.
type pattern struct {
	raw    string
	segs   []string // literal segment, or "{name}"
	prefix bool     // matches any path that continues after segs
	rest   string   // the name of a final {name...} segment
}

func mustPattern(p string) pattern {
	pt, err := parsePattern(p)
	if err != nil {
		panic(err)
	}
	return pt
}

func parsePattern(p string) (pattern, error) {
	pt := pattern{raw: p}
	if p == "" || p == "/" {
		pt.prefix = true
		return pt, nil
	}
	if !strings.HasPrefix(p, "/") {
		return pt, fmt.Errorf("oktatest: pattern %q must start with /", p)
	}
	body := strings.TrimPrefix(p, "/")
	if strings.HasSuffix(body, "/") {
		pt.prefix = true
		body = strings.TrimSuffix(body, "/")
	}
	for seg := range strings.SplitSeq(body, "/") {
		if pt.rest != "" {
			return pt, fmt.Errorf("oktatest: pattern %q has segments after {...}", p)
		}
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "...}") {
			pt.rest = strings.TrimSuffix(strings.TrimPrefix(seg, "{"), "...}")
			pt.prefix = true
			continue
		}
		if strings.ContainsAny(seg, "{}") && !(strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}")) {
			return pt, fmt.Errorf("oktatest: pattern %q: a wildcard must be a whole segment", p)
		}
		pt.segs = append(pt.segs, seg)
	}
	return pt, nil
}

// match reports whether the path segments (unescaped) match the pattern, and the values of its wildcards.
func (p pattern) match(segs []string) (map[string]string, bool) {
	if len(segs) < len(p.segs) || (!p.prefix && len(segs) != len(p.segs)) {
		return nil, false
	}
	var vals map[string]string
	for i, s := range p.segs {
		if isWildcard(s) {
			if segs[i] == "" {
				return nil, false
			}
			if vals == nil {
				vals = map[string]string{}
			}
			vals[s[1:len(s)-1]] = segs[i]
			continue
		}
		if s != segs[i] {
			return nil, false
		}
	}
	if p.rest != "" {
		if vals == nil {
			vals = map[string]string{}
		}
		vals[p.rest] = strings.Join(segs[len(p.segs):], "/")
	}
	return vals, true
}

func isWildcard(seg string) bool { return strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") }

// moreSpecific reports whether p should win over q when both match a path: at the first segment where they
// differ, a literal beats a wildcard; a longer exact template beats a prefix.
func (p pattern) moreSpecific(q pattern) bool {
	for i := 0; i < len(p.segs) && i < len(q.segs); i++ {
		pw, qw := isWildcard(p.segs[i]), isWildcard(q.segs[i])
		if pw != qw {
			return !pw
		}
	}
	if len(p.segs) != len(q.segs) {
		return len(p.segs) > len(q.segs)
	}
	return !p.prefix && q.prefix
}

// splitPath returns the unescaped segments of an escaped URL path, so that an ID containing %2F stays one
// segment.
func splitPath(escaped string) []string {
	escaped = strings.TrimPrefix(escaped, "/")
	if escaped == "" {
		return nil
	}
	parts := strings.Split(escaped, "/")
	for i, s := range parts {
		if u, err := url.PathUnescape(s); err == nil {
			parts[i] = u
		}
	}
	return parts
}

// matcher matches requests against "[METHOD ]PATTERN", the syntax of fault, latency and rate-limit rules.
type matcher struct {
	method string // "" for any
	path   pattern
}

func parseMatcher(spec string) (matcher, error) {
	spec = strings.TrimSpace(spec)
	var m matcher
	if method, rest, ok := strings.Cut(spec, " "); ok {
		m.method, spec = strings.ToUpper(method), strings.TrimSpace(rest)
	}
	var err error
	m.path, err = parsePattern(spec)
	return m, err
}

func mustMatcher(spec string) matcher {
	m, err := parseMatcher(spec)
	if err != nil {
		panic(err)
	}
	return m
}

func (m matcher) matches(method string, segs []string) bool {
	if m.method != "" && m.method != method {
		return false
	}
	_, ok := m.path.match(segs)
	return ok
}

// resolution is what the router found for a request.
type resolution struct {
	op      *operation        // the operation of the API the request asks for; nil if none
	params  map[string]string // the values of the path's wildcards
	allowed []string          // when op is nil: the methods the path supports, if any
}

// resolve finds the operation of the API that a request asks for: among the operations whose path matches, the
// most specific one with the request's method.
func resolve(method string, segs []string) resolution {
	var res resolution
	for i := range operations {
		op := &operations[i]
		vals, ok := op.path.match(segs)
		if !ok {
			continue
		}
		if op.method != method && !(method == http.MethodHead && op.method == http.MethodGet) {
			if !slices.Contains(res.allowed, op.method) {
				res.allowed = append(res.allowed, op.method)
			}
			continue
		}
		if res.op == nil || op.path.moreSpecific(res.op.path) {
			res.op, res.params = op, vals
		}
	}
	if res.op != nil {
		res.allowed = nil
	}
	return res
}
