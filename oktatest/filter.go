package oktatest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file implements Okta's filter and search expressions (a subset of SCIM filtering):
//
//	status eq "ACTIVE" and (lastUpdated gt "2025-01-01T00:00:00.000Z" or profile.department sw "Eng")
//
// Comparisons are `attribute op value` with op one of eq, ne, gt, ge, lt, le, sw, co, ew, or `attribute pr`;
// values are double-quoted strings, numbers, true, false or null; `and` binds tighter than `or`; parentheses
// group. Strings compare without regard to case, and strings that are timestamps compare as times.

// expr is a parsed expression.
type expr interface {
	eval(get getter) bool
}

// getter returns the value of an attribute of the resource being tested, and whether it has one.
type getter func(attr string) (any, bool)

type andExpr struct{ l, r expr }
type orExpr struct{ l, r expr }
type cmpExpr struct {
	attr, op string
	value    any // string, json.Number, bool or nil
}

func (e andExpr) eval(get getter) bool { return e.l.eval(get) && e.r.eval(get) }
func (e orExpr) eval(get getter) bool  { return e.l.eval(get) || e.r.eval(get) }

// rules restrict what an expression may use: filter accepts fewer attributes and operators than search.
type rules struct {
	// attr reports whether the attribute may be used with op; nil allows everything.
	allow func(attr, op string) bool
}

// parseExpr parses s, checking every comparison against r.
func parseExpr(s string, r rules) (expr, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	p := &exprParser{toks: toks, rules: r}
	e, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		return nil, fmt.Errorf("unexpected %q", p.toks[p.i].text)
	}
	return e, nil
}

type token struct {
	text   string
	quoted bool
}

func tokenize(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')':
			toks = append(toks, token{text: string(c)})
			i++
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' && j+1 < len(s) {
					j++
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, errors.New("unterminated string")
			}
			toks = append(toks, token{text: b.String(), quoted: true})
			i = j + 1
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\r\n()\"", rune(s[j])) {
				j++
			}
			toks = append(toks, token{text: s[i:j]})
			i = j
		}
	}
	return toks, nil
}

type exprParser struct {
	toks  []token
	i     int
	rules rules
}

func (p *exprParser) keyword(k string) bool {
	if p.i < len(p.toks) && !p.toks[p.i].quoted && strings.EqualFold(p.toks[p.i].text, k) {
		p.i++
		return true
	}
	return false
}

func (p *exprParser) or() (expr, error) {
	l, err := p.and()
	if err != nil {
		return nil, err
	}
	for p.keyword("or") {
		r, err := p.and()
		if err != nil {
			return nil, err
		}
		l = orExpr{l, r}
	}
	return l, nil
}

func (p *exprParser) and() (expr, error) {
	l, err := p.primary()
	if err != nil {
		return nil, err
	}
	for p.keyword("and") {
		r, err := p.primary()
		if err != nil {
			return nil, err
		}
		l = andExpr{l, r}
	}
	return l, nil
}

var operators = map[string]bool{"eq": true, "ne": true, "gt": true, "ge": true, "lt": true, "le": true, "sw": true, "co": true, "ew": true, "pr": true}

func (p *exprParser) primary() (expr, error) {
	if p.i >= len(p.toks) {
		return nil, errors.New("unexpected end of expression")
	}
	if p.keyword("(") {
		e, err := p.or()
		if err != nil {
			return nil, err
		}
		if !p.keyword(")") {
			return nil, errors.New("missing )")
		}
		return e, nil
	}
	attr := p.toks[p.i]
	if attr.quoted || attr.text == ")" {
		return nil, fmt.Errorf("expected an attribute, found %q", attr.text)
	}
	p.i++
	if p.i >= len(p.toks) || p.toks[p.i].quoted {
		return nil, fmt.Errorf("expected an operator after %s", attr.text)
	}
	op := strings.ToLower(p.toks[p.i].text)
	if !operators[op] {
		return nil, fmt.Errorf("unknown operator %q", p.toks[p.i].text)
	}
	p.i++
	if p.rules.allow != nil && !p.rules.allow(attr.text, op) {
		return nil, fmt.Errorf("%s %s is not supported here", attr.text, op)
	}
	e := cmpExpr{attr: attr.text, op: op}
	if op == "pr" {
		return e, nil
	}
	if p.i >= len(p.toks) {
		return nil, fmt.Errorf("expected a value after %s %s", attr.text, op)
	}
	v := p.toks[p.i]
	p.i++
	switch {
	case v.quoted:
		e.value = v.text
	case v.text == "true" || v.text == "false":
		e.value = v.text == "true"
	case v.text == "null":
		e.value = nil
	default:
		if _, err := strconv.ParseFloat(v.text, 64); err != nil {
			return nil, fmt.Errorf("%q is not a value: quote strings", v.text)
		}
		e.value = json.Number(v.text)
	}
	return e, nil
}

func (e cmpExpr) eval(get getter) bool {
	got, ok := get(e.attr)
	if ok && got == nil {
		ok = false
	}
	switch e.op {
	case "pr":
		return ok
	case "eq":
		if e.value == nil {
			return !ok
		}
	case "ne":
		if e.value == nil {
			return ok
		}
		if !ok {
			return true
		}
	}
	if !ok {
		return false
	}
	if list, isList := got.([]any); isList { // multi-valued attributes match when any value does
		for _, v := range list {
			if compare(v, e.op, e.value) {
				return true
			}
		}
		return false
	}
	return compare(got, e.op, e.value)
}

// compare tests got op want.
func compare(got any, op string, want any) bool {
	switch w := want.(type) {
	case string:
		g, ok := asString(got)
		if !ok {
			return false
		}
		if gt, err := time.Parse(time.RFC3339Nano, g); err == nil {
			if wt, err := time.Parse(time.RFC3339Nano, w); err == nil {
				return order(gt.Compare(wt), op)
			}
		}
		g, w = strings.ToLower(g), strings.ToLower(w)
		switch op {
		case "sw":
			return strings.HasPrefix(g, w)
		case "co":
			return strings.Contains(g, w)
		case "ew":
			return strings.HasSuffix(g, w)
		}
		return order(strings.Compare(g, w), op)
	case json.Number:
		g, ok := asFloat(got)
		wf, err := w.Float64()
		if !ok || err != nil {
			return false
		}
		switch {
		case g < wf:
			return order(-1, op)
		case g > wf:
			return order(1, op)
		}
		return order(0, op)
	case bool:
		g, ok := got.(bool)
		if !ok {
			return false
		}
		switch op {
		case "eq":
			return g == w
		case "ne":
			return g != w
		}
	}
	return false
}

func order(c int, op string) bool {
	switch op {
	case "eq":
		return c == 0
	case "ne":
		return c != 0
	case "gt":
		return c > 0
	case "ge":
		return c >= 0
	case "lt":
		return c < 0
	case "le":
		return c <= 0
	}
	return false
}

func asString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case time.Time:
		return x.UTC().Format(oktaTimeFormat), true
	case json.Number:
		return x.String(), true
	}
	return "", false
}

func asFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case float64:
		return x, true
	case int:
		return float64(x), true
	}
	return 0, false
}

// profileValue reads profile.<name> from a profile map for a getter.
func profileValue(profile map[string]any, attr string) (any, bool) {
	name, ok := strings.CutPrefix(attr, "profile.")
	if !ok {
		return nil, false
	}
	for k, v := range profile {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	return nil, false
}
