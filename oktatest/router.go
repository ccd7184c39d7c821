package oktatest

import (
	_ "embed"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// The operation tables: every operation of the Okta Management API 5.1.0 (operations.tsv, a copy of the SDK's
// ../testdata/operations.tsv) and the operations that Okta's current description adds (operations-current.tsv).
// The router and the generic store read them by column name, so that a table with more operations or more
// columns extends the fake without code.
//
//go:embed operations.tsv
var operationsTable string

//go:embed operations-current.tsv
var operationsCurrentTable string

// operation is one operation of the API: its method, its path template, its ID, and what the table says of its
// request and answer.
type operation struct {
	method string
	path   pattern
	id     string

	respSchema  string // the schema of the answer's body, "" for none
	respArray   bool   // the answer is an array of respSchema
	reqSchema   string // the schema of the request body
	status      int    // the status of a successful answer
	contentType string // of a successful answer
}

// operations is the tables parsed, plus the OAuth token endpoint, which the management spec leaves out. An
// operation of a later table whose method and path are already known is left out.
var operations = parseOperations(operationsTable, operationsCurrentTable)

func parseOperations(tables ...string) []operation {
	var ops []operation
	seen := map[string]bool{}
	for _, table := range tables {
		var cols map[string]int
		for line := range strings.Lines(table) {
			line = strings.TrimRight(line, "\r\n")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if cols == nil {
				cols = map[string]int{}
				for i, name := range f {
					cols[name] = i
				}
				for _, name := range []string{"operation_id", "method", "path"} {
					if _, ok := cols[name]; !ok {
						panic("oktatest: operation table without column " + name)
					}
				}
				continue
			}
			col := func(name string) string {
				if i, ok := cols[name]; ok && i < len(f) {
					return strings.TrimSpace(f[i])
				}
				return ""
			}
			// One path in the spec is written "${appId}"; it means "{appId}".
			path := strings.ReplaceAll(col("path"), "${", "{")
			op := operation{method: col("method"), path: mustPattern(path), id: col("operation_id"),
				respSchema: col("response_schema"), respArray: col("response_is_array") == "true",
				reqSchema: col("request_body_schema"), contentType: col("response_content_type")}
			if arraySchemas[op.respSchema] {
				op.respArray = true
			}
			op.status, _ = strconv.Atoi(strings.Split(col("success_status"), ",")[0])
			if op.status == 0 {
				op.status = http.StatusOK
			}
			key := op.method + " " + shapeOf(op.path)
			if seen[key] {
				continue
			}
			seen[key] = true
			ops = append(ops, op)
		}
	}
	ops = append(ops, operation{method: http.MethodPost, path: mustPattern("/oauth2/v1/token"), id: tokenOperation,
		status: http.StatusOK})
	return ops
}

// arraySchemas are the schemas of the spec that are arrays themselves: an answer of one is an array.
var arraySchemas = map[string]bool{"BrandDomains": true, "SimulatePolicyResponse": true,
	"SimulateResultPolicies": true, "ApplicationLayoutsLinksItem": true}

// shapeOf writes a pattern with its wildcards unnamed, so that two tables naming a parameter differently agree.
func shapeOf(p pattern) string {
	segs := slices.Clone(p.segs)
	for i, s := range segs {
		if isWildcard(s) {
			segs[i] = "{}"
		}
	}
	return "/" + strings.Join(segs, "/")
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
