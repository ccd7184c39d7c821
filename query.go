package okta

import (
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// encodeQuery turns an options struct into query parameters. Each field names its parameter in a `url` tag
// (`url:"sendEmail"`), which is also how tools such as the replay tests map recorded queries back to options.
// Zero values are left out, so a nil or empty options struct sends nothing; use a *bool or *int where false or
// 0 must be sent. Slices are sent comma-separated, as the API's form-style array parameters expect.
func encodeQuery(opts any) (url.Values, error) {
	q := url.Values{}
	err := optionFields(opts, "url", func(name, value string) { q.Set(name, value) })
	return q, err
}

// encodeHeader turns the fields of an options struct that carry a `header` tag (`header:"If-Match"`) into
// request headers: the header parameters an operation defines. Values are written as encodeQuery writes them,
// and a field whose type has a headerValue method writes that instead.
func encodeHeader(opts any) (http.Header, error) {
	h := http.Header{}
	err := optionFields(opts, "header", func(name, value string) { h.Set(name, value) })
	return h, err
}

// headerValuer is a type that writes itself as a header value its own way (a media type with parameters, ...).
type headerValuer interface {
	headerValue() string
}

// optionFields calls set with the name (from the tag) and value of each non-zero field of the options struct
// opts that has the tag; a nil options struct has none.
func optionFields(opts any, tag string, set func(name, value string)) error {
	v := reflect.ValueOf(opts)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil
	}
	if v.Kind() != reflect.Struct {
		return fmt.Errorf("okta: internal error: options of type %s are not a struct", v.Type())
	}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get(tag)
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		if hv, ok := v.Field(i).Interface().(headerValuer); ok && tag == "header" {
			if s := hv.headerValue(); s != "" {
				set(name, s)
			}
			continue
		}
		if s, ok := queryValue(v.Field(i)); ok {
			set(name, s)
		}
	}
	return nil
}

func queryValue(v reflect.Value) (string, bool) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "", false
		}
		v = v.Elem()
		if s, ok := queryValue(v); ok {
			return s, true
		}
		// A pointer says "send this even if it is zero".
		switch v.Kind() {
		case reflect.Bool:
			return "false", true
		case reflect.Int, reflect.Int32, reflect.Int64:
			return "0", true
		case reflect.String:
			return "", true
		}
		return "", false
	}
	if v.IsZero() {
		return "", false
	}
	if t, ok := v.Interface().(time.Time); ok {
		return t.UTC().Format(time.RFC3339), true
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), true
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), true
	case reflect.Slice:
		parts := make([]string, 0, v.Len())
		for i := range v.Len() {
			if s, ok := queryValue(v.Index(i)); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ","), len(parts) > 0
	}
	return fmt.Sprint(v.Interface()), true
}
